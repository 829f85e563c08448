package fr.pacte.web.debit;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

import java.nio.charset.StandardCharsets;

/**
 * The answer to a refused attempt: 429 with Retry-After and a French message, as JSON for the API, as a small page
 * for the browser (linked back to the login form, styled by Pacte's own sheets). Written by the handlers before the
 * servlet filters, so it carries its own protective headers.
 */
final class RefusDebit {

    static final int TROP_DE_REQUETES = 429;
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private RefusDebit() {
    }

    static String message(boolean adresse, long attenteMs) {
        String attente = ReglageDebit.duree(attenteMs);
        return adresse
                ? "Trop d'échecs de connexion depuis votre adresse : ses connexions sont suspendues. Réessayez dans " + attente + "."
                : "Trop d'échecs de connexion pour cet identifiant : il est verrouillé. Réessayez dans " + attente + ".";
    }

    static void repondre(HttpServerExchange ex, String contexte, long attenteMs, boolean adresse) {
        String message = message(adresse, attenteMs);
        ex.setStatusCode(TROP_DE_REQUETES);
        HeaderMap entetes = ex.getResponseHeaders();
        entetes.put(Headers.RETRY_AFTER, Math.max(1, (attenteMs + 999) / 1000));
        entetes.put(Headers.CACHE_CONTROL, "no-store");
        entetes.put(new HttpString("Content-Security-Policy"), CSP);
        entetes.put(new HttpString("X-Content-Type-Options"), "nosniff");
        entetes.put(new HttpString("X-Frame-Options"), "DENY");
        String corps;
        if (ex.getRequestPath().startsWith(contexte + "/api/")) {
            entetes.put(Headers.CONTENT_TYPE, "application/json;charset=UTF-8");
            corps = "{\"erreur\":\"" + message + "\"}"; // no quote nor backslash in the message
        } else {
            entetes.put(Headers.CONTENT_TYPE, "text/html;charset=UTF-8");
            corps = page(contexte, message);
        }
        ex.getResponseSender().send(corps, StandardCharsets.UTF_8);
    }

    private static String page(String contexte, String message) {
        String ressources = contexte + "/jakarta.faces.resource/";
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>Pacte – Connexion suspendue</title>"
                + "<link rel=\"stylesheet\" href=\"" + ressources + "theme.css.xhtml?ln=primefaces-saga-blue\"/>"
                + "<link rel=\"stylesheet\" href=\"" + ressources + "css/pacte.css.xhtml\"/></head>"
                + "<body class=\"pacte-connexion\"><main class=\"pacte-connexion-carte\"><h1>Pacte</h1>"
                + "<p class=\"sous-titre\">Missions du Pacte enseignant et IMP</p>"
                + "<p id=\"debit-connexion\" class=\"pacte-erreur-connexion\" role=\"alert\">" + message + "</p>"
                + "<p><a href=\"" + contexte + "/login.xhtml\">Revenir à la connexion</a></p></main></body></html>\n";
    }
}
