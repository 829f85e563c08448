package fr.pacte.web.acces;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RefreshableOidcSecurityContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * With SSO, leaving Pacte must end the federation's session too, or the next page would log the user in again at
 * once: the provider's end-session address (OpenID Connect RP-initiated logout, read from its discovery document by
 * WildFly's client) with the ID token of the session, and Pacte's root as the way back, which shows the provider's
 * login page. Read before the session is invalidated.
 */
public final class DeconnexionFederation {

    private DeconnexionFederation() {
    }

    public static Optional<String> adresse(HttpServletRequest requete) {
        HttpSession session = requete.getSession(false);
        Object contexte = session == null ? null : session.getAttribute(OidcSecurityContext.class.getName());
        if (!(contexte instanceof RefreshableOidcSecurityContext oidc) || oidc.getOidcClientConfiguration() == null
                || oidc.getOidcClientConfiguration().getLogoutUrl() == null) {
            return Optional.empty();
        }
        String fin = oidc.getOidcClientConfiguration().getLogoutUrl();
        String retour = requete.getRequestURL().toString().replace(requete.getRequestURI(), requete.getContextPath() + "/");
        StringBuilder adresse = new StringBuilder(fin).append(fin.contains("?") ? '&' : '?')
                .append("post_logout_redirect_uri=").append(URLEncoder.encode(retour, StandardCharsets.UTF_8));
        if (oidc.getIDTokenString() != null) {
            adresse.append("&id_token_hint=").append(URLEncoder.encode(oidc.getIDTokenString(), StandardCharsets.UTF_8));
        }
        return Optional.of(adresse.toString());
    }
}
