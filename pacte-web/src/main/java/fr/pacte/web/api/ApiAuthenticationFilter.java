package fr.pacte.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The container authenticates Basic credentials proactively; an API call that arrives without a valid identity is
 * answered 401 with a Basic challenge here, rather than with the HTML login form meant for browsers.
 */
@WebFilter("/api/*")
public class ApiAuthenticationFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Pacte\", charset=\"UTF-8\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"erreur\":\"Authentification requise (HTTP Basic).\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
