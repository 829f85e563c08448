package fr.pacte.web.acces;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.Set;

/**
 * The rule for a write to the API that a browser session authenticates (no {@code Authorization} header): it comes
 * from a page of this very origin ({@code Origin} equal to the request's scheme and host) and carries the session's
 * token. A plain HTML form of another site, or a script of another origin, can send the cookie but neither the right
 * {@code Origin} nor the token (issue 16, point 2). API clients with credentials of their own are not concerned.
 */
public final class EcrituresDeSession {

    private static final Set<String> LECTURES = Set.of("GET", "HEAD", "OPTIONS");

    private EcrituresDeSession() {
    }

    /** @return why the request is refused, or empty when it may go on */
    public static Optional<String> refus(HttpServletRequest requete) {
        if (LECTURES.contains(requete.getMethod()) || requete.getHeader("Authorization") != null) {
            return Optional.empty();
        }
        String origine = requete.getHeader("Origin");
        String attendue = requete.getScheme() + "://" + requete.getHeader("Host");
        if (origine == null || !origine.equalsIgnoreCase(attendue)) {
            return Optional.of("Écriture refusée : elle ne vient pas d'une page de Pacte (origine "
                    + (origine == null ? "absente" : origine) + ").");
        }
        if (!JetonSession.valide(requete.getSession(false), requete.getHeader(JetonSession.ENTETE))) {
            return Optional.of("Écriture refusée : jeton de session absent ou périmé ; rechargez la page.");
        }
        return Optional.empty();
    }
}
