package fr.pacte.web.debit;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * What a request tells of a login attempt: the form's post to {@code j_security_check}, or a call carrying HTTP Basic
 * credentials; the login tried; and the source address.
 */
final class Tentatives {

    private static final String BASIC = "Basic ";

    private Tentatives() {
    }

    static boolean basic(HttpServerExchange ex) {
        String entete = ex.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        return entete != null && entete.regionMatches(true, 0, BASIC, 0, BASIC.length());
    }

    static boolean formulaire(HttpServerExchange ex) {
        return Methods.POST.equals(ex.getRequestMethod()) && ex.getRequestPath().endsWith("/j_security_check");
    }

    static boolean est(HttpServerExchange ex) {
        return basic(ex) || formulaire(ex);
    }

    /** The login of the Basic credentials; null if they cannot be read (they fail then, and count for the address). */
    static String identifiantBasic(HttpServerExchange ex) {
        String entete = ex.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        try {
            String paire = new String(Base64.getDecoder().decode(entete.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
            int deuxPoints = paire.indexOf(':');
            return deuxPoints <= 0 ? null : paire.substring(0, deuxPoints);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The login posted to the form, read as Elytron's form mechanism reads it (the servlet request's parameters, parsed
     * once for both). Only within the servlet's handlers.
     */
    static String identifiantFormulaire(HttpServerExchange ex) {
        ServletRequestContext contexte = ex.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        try {
            String login = contexte == null ? null : contexte.getServletRequest().getParameter("j_username");
            return login == null || login.isBlank() ? null : login;
        } catch (RuntimeException illisible) {
            return null;
        }
    }

    /**
     * The source address as the listener gives it: the client's, or the X-Forwarded-For of a proxy only when the
     * listener trusts it ({@code proxy-address-forwarding}). An IPv6 client counts by its /64, which one subscriber
     * holds whole, so that cycling through its addresses does not escape the count.
     */
    static String adresse(HttpServerExchange ex) {
        InetSocketAddress source = ex.getSourceAddress();
        if (source == null) {
            return "inconnue";
        }
        InetAddress ip = source.getAddress();
        if (ip == null) {
            return source.getHostString();
        }
        if (ip instanceof Inet6Address) {
            byte[] octets = ip.getAddress();
            Arrays.fill(octets, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(octets).getHostAddress() + "/64";
            } catch (UnknownHostException impossible) {
                return ip.getHostAddress();
            }
        }
        return ip.getHostAddress();
    }
}
