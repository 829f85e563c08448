package fr.pacte.web.api;

import fr.pacte.web.JournalAcces;
import fr.pacte.web.acces.EcrituresDeSession;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * The API's door. The container authenticates Basic credentials proactively; a call without a valid identity is
 * answered 401 here rather than with the HTML login form meant for browsers — with a Basic challenge for API clients
 * only: a browser's request (it sends {@code Sec-Fetch-Mode}) gets none, so that it never caches Basic credentials.
 * A write that the session cookie authenticates must come from a Pacte page with the session's token
 * ({@link EcrituresDeSession}); otherwise 403.
 */
@WebFilter("/api/*")
public class ApiAuthenticationFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            if (request.getHeader("Sec-Fetch-Mode") == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Pacte\", charset=\"UTF-8\"");
            }
            repondre(response, HttpServletResponse.SC_UNAUTHORIZED, "Authentification requise : connectez-vous"
                    + " (session de la page) ou envoyez vos identifiants (HTTP Basic).");
            return;
        }
        Optional<String> refus = EcrituresDeSession.refus(request);
        if (refus.isPresent()) {
            request.setAttribute(JournalAcces.MOTIF, refus.get());
            repondre(response, HttpServletResponse.SC_FORBIDDEN, refus.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static void repondre(HttpServletResponse response, int statut, String message) throws IOException {
        response.setStatus(statut);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("erreur", message).build().toString());
    }
}
