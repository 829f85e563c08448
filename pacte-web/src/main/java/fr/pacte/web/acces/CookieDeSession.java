package fr.pacte.web.acces;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie's SameSite (issue 16, point 1): Strict with password logins, so that no other site's page or
 * link ever travels with it. With SSO it must be Lax: the federation sends the browser back to Pacte from its own
 * site, and a browser does not send a Strict cookie on a navigation another site started, nor on the redirects that
 * follow it, so the session created at that return would never be seen and the login would loop. Lax still keeps it
 * off every cross-site POST and sub-request, and API writes check Origin and the session token besides.
 * The OIDC state cookie and the nonce binding (session_random_value) are Lax for the same reason
 * (WEB-INF/undertow-handlers.conf); every other cookie is Strict.
 */
@WebListener
public class CookieDeSession implements ServletContextListener {

    /** The application security domain of SSO (configure-server.cli, jboss-web.xml). */
    public static final String DOMAINE_SSO = "pacte-sso";

    @Override
    public void contextInitialized(ServletContextEvent evenement) {
        evenement.getServletContext().getSessionCookieConfig().setAttribute("SameSite", sso() ? "Lax" : "Strict");
    }

    public static boolean sso() {
        return DOMAINE_SSO.equals(System.getProperty("pacte.securite"));
    }
}
