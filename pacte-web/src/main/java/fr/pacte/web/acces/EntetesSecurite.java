package fr.pacte.web.acces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The browser's protections on every answer (issue 16, point 1): no framing by another site (clickjacking), no
 * content sniffing, resources from Pacte's own origin only, forms posted to Pacte only, no referrer outside it, and
 * HSTS on HTTPS. Scripts stay allowed inline: PrimeFaces renders its handlers inline unless its CSP mode (nonces) is
 * on, which the pages are not yet ready for.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST,
        jakarta.servlet.DispatcherType.FORWARD, jakarta.servlet.DispatcherType.ERROR})
public class EntetesSecurite extends HttpFilter {

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest requete, HttpServletResponse reponse, FilterChain chaine)
            throws IOException, ServletException {
        reponse.setHeader("Content-Security-Policy", CSP);
        reponse.setHeader("X-Frame-Options", "DENY");
        reponse.setHeader("X-Content-Type-Options", "nosniff");
        reponse.setHeader("Referrer-Policy", "same-origin");
        if (requete.isSecure()) {
            reponse.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chaine.doFilter(requete, reponse);
    }
}
