package fr.pacte.web.acces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session token that a page's scripts send with each write to the API ({@code X-Pacte-Jeton}), so that a
 * page of another origin, which cannot read it, cannot write under the user's session (issue 16, point 2). Created
 * at the session's first authenticated page, kept in the session, printed in the template's
 * {@code <meta name="pacte-jeton">}.
 */
@Named
@RequestScoped
public class JetonSession {

    public static final String ENTETE = "X-Pacte-Jeton";
    private static final String ATTRIBUT = "fr.pacte.acces.jeton";
    private static final SecureRandom ALEA = new SecureRandom();

    @Inject
    private HttpServletRequest requete;

    /** The token of the current authenticated session, created on first use; empty before login. */
    public String getValeur() {
        if (requete.getUserPrincipal() == null) {
            return "";
        }
        HttpSession session = requete.getSession(true);
        synchronized (session) {
            Object jeton = session.getAttribute(ATTRIBUT);
            if (jeton == null) {
                byte[] octets = new byte[32];
                ALEA.nextBytes(octets);
                jeton = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
                session.setAttribute(ATTRIBUT, jeton);
            }
            return (String) jeton;
        }
    }

    /** Whether the token sent is the session's (compared in constant time). */
    static boolean valide(HttpSession session, String envoye) {
        Object attendu = session == null ? null : session.getAttribute(ATTRIBUT);
        return attendu != null && envoye != null
                && MessageDigest.isEqual(attendu.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                envoye.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
