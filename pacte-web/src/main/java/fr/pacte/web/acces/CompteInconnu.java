package fr.pacte.web.acces;

import fr.pacte.securite.Role;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;

/**
 * With SSO (issue 16, point 5) the federation may authenticate someone who has no active account in Pacte: he holds
 * no role, so every page answers 403. Rather than the usual refusal page (which describes the caller's profile, and he
 * has none), he gets a page that says why and what to do. A password login never comes here: a login without an
 * active account is refused by the realm itself.
 */
@WebFilter(urlPatterns = "/acces-refuse.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class CompteInconnu extends HttpFilter {

    static final String PAGE = "/compte-inconnu.xhtml";

    @Override
    protected void doFilter(HttpServletRequest requete, HttpServletResponse reponse, FilterChain chaine)
            throws IOException, ServletException {
        if (sansCompte(requete)) {
            requete.getRequestDispatcher(PAGE).forward(requete, reponse);
            return;
        }
        if (retourDeLaFederation(requete)) {
            // the provider's return (code and state) of someone without a role is refused before the session's
            // identity reaches this request: the same address without them shows him the page above
            reponse.sendRedirect(requete.getContextPath() + "/");
            return;
        }
        chaine.doFilter(requete, reponse);
    }

    private static boolean retourDeLaFederation(HttpServletRequest requete) {
        return requete.getUserPrincipal() == null && CookieDeSession.sso() && requete.getParameter("code") != null
                && requete.getParameter("state") != null;
    }

    static boolean sansCompte(HttpServletRequest requete) {
        return requete.getUserPrincipal() != null && !requete.isUserInRole(MotDePasseProvisoire.ROLE)
                && Arrays.stream(Role.values()).noneMatch(r -> requete.isUserInRole(r.name()));
    }
}
