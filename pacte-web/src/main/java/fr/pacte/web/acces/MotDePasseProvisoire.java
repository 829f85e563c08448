package fr.pacte.web.acces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * An account whose password is provisional (a first password, random and one-time: V24) may do one thing, change
 * it: every page leads to {@code mot-de-passe.xhtml}, the API answers 403. The realm gives such an account the role
 * {@link #ROLE} instead of its own, so the services refuse it too, whatever this filter lets through.
 */
@WebFilter("/*")
public class MotDePasseProvisoire extends HttpFilter {

    public static final String ROLE = "MOT_DE_PASSE_PROVISOIRE";
    static final String PAGE = "/mot-de-passe.xhtml";

    @Override
    protected void doFilter(HttpServletRequest requete, HttpServletResponse reponse, FilterChain chaine)
            throws IOException, ServletException {
        // the path within the application (the API's servlet path is "/api" alone, the rest being its path info)
        String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
        if (!requete.isUserInRole(ROLE) || autorise(chemin)) {
            chaine.doFilter(requete, reponse);
            return;
        }
        if (chemin.startsWith("/api/")) {
            reponse.setStatus(HttpServletResponse.SC_FORBIDDEN);
            reponse.setContentType("application/json;charset=UTF-8");
            reponse.getWriter().write("{\"erreur\":\"Mot de passe provisoire : changez-le d'abord sur la page "
                    + "« Mot de passe » de Pacte.\"}");
            return;
        }
        reponse.sendRedirect(requete.getContextPath() + PAGE);
    }

    private static boolean autorise(String chemin) {
        return chemin.equals(PAGE) || chemin.equals("/deconnexion") || chemin.startsWith("/jakarta.faces.resource")
                || chemin.startsWith("/resources/");
    }
}
