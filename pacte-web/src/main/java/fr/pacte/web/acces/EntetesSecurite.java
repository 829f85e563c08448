package fr.pacte.web.acces;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser's protections on every answer (issue 16, point 1): no framing by another site (clickjacking), no
 * content sniffing, resources from Pacte's own origin only, forms posted to Pacte only, no referrer outside it, and
 * HSTS on HTTPS.
 * <p>
 * Scripts run only from Pacte's own files, or inline when they carry the page's nonce: PrimeFaces' CSP mode
 * ({@code primefaces.CSP=true}) gives its script tags a nonce per view and turns the components' {@code on…}
 * attributes into listeners registered by such a script. PrimeFaces then adds its own {@code Content-Security-Policy}
 * header; a second header would be enforced as well (the browser applies both), so this filter keeps a single one:
 * it takes the nonce from PrimeFaces' header and writes the whole policy with it. Answers that are no Faces page
 * (API, files, Faces resources) keep the policy without a nonce: no inline script at all.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class EntetesSecurite extends HttpFilter {

    static final String EN_TETE_CSP = "Content-Security-Policy";

    /**
     * No inline script nor eval; a page adds its nonce at the end (script-src comes last for that). Inline styles stay
     * allowed: PrimeFaces' renderers and the pages write {@code style=""} attributes.
     */
    static final String CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; script-src 'self'";

    /** The nonce PrimeFaces puts at the end of its header: {@code script-src 'self' 'nonce-…';}. */
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]+)'");

    @Override
    protected void doFilter(HttpServletRequest requete, HttpServletResponse reponse, FilterChain chaine)
            throws IOException, ServletException {
        reponse.setHeader(EN_TETE_CSP, CSP);
        reponse.setHeader("X-Frame-Options", "DENY");
        reponse.setHeader("X-Content-Type-Options", "nosniff");
        reponse.setHeader("Referrer-Policy", "same-origin");
        if (requete.isSecure()) {
            reponse.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chaine.doFilter(requete, new PolitiqueUnique(reponse));
    }

    /**
     * The policy of a page whose scripts carry the nonce found in PrimeFaces' header; the policy without nonce when
     * that header has none (a script-less page rather than a looser one).
     */
    static String politique(String enTetePrimeFaces) {
        Matcher m = enTetePrimeFaces == null ? null : NONCE.matcher(enTetePrimeFaces);
        return m != null && m.find() ? CSP + " 'nonce-" + m.group(1) + "'" : CSP;
    }

    /** Replaces the policy instead of adding a second one, whoever sets it later in the request. */
    private static final class PolitiqueUnique extends HttpServletResponseWrapper {

        PolitiqueUnique(HttpServletResponse reponse) {
            super(reponse);
        }

        @Override
        public void addHeader(String nom, String valeur) {
            if (EN_TETE_CSP.equalsIgnoreCase(nom)) {
                super.setHeader(EN_TETE_CSP, politique(valeur));
            } else {
                super.addHeader(nom, valeur);
            }
        }

        @Override
        public void setHeader(String nom, String valeur) {
            super.setHeader(nom, EN_TETE_CSP.equalsIgnoreCase(nom) ? politique(valeur) : valeur);
        }
    }
}
