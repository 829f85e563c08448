package fr.pacte.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for the tests: a browser-like session (cookies) or an API caller with Basic credentials. */
public final class Http {

    private final String base;
    private final HttpClient client;
    private String authorization;

    Http(String base) {
        this.base = base;
        this.client = fr.pacte.database.dev.ClientLocal.client()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public Http basic(String login, String motDePasse) {
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((login + ":" + motDePasse).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** An OAuth 2 bearer token, as an API client of the identity federation sends it (SSO). */
    public Http bearer(String jeton) {
        this.authorization = "Bearer " + jeton;
        return this;
    }

    /** Form login through the container, as a browser does. */
    public Http connexion(String login, String motDePasse) {
        get("/");
        HttpResponse<String> r = postForm("/j_security_check", Map.of("j_username", login, "j_password", motDePasse));
        if (r.statusCode() >= 400) {
            throw new IllegalStateException("Connexion refusée pour " + login + " : " + r.statusCode());
        }
        return this;
    }

    public HttpResponse<String> get(String chemin) {
        return send(request(chemin).GET().build());
    }

    public HttpResponse<String> postForm(String chemin, Map<String, String> champs) {
        return send(formulaire(request(chemin), champs));
    }

    /** A Faces ajax postback, with the headers PrimeFaces sends. */
    public HttpResponse<String> postAjax(String chemin, Map<String, String> champs) {
        return send(formulaire(request(chemin).header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest"), champs));
    }

    private static HttpRequest formulaire(HttpRequest.Builder requete, Map<String, String> champs) {
        String corps = champs.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return requete.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corps)).build();
    }

    public HttpResponse<String> post(String chemin, String contentType, byte[] corps) {
        return send(request(chemin).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(corps)).build());
    }

    public HttpResponse<String> put(String chemin, String json) {
        return send(request(chemin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A PUT with headers of its own (e.g. Origin and the session's token, as a page's script sends them). */
    public HttpResponse<String> putAvecEntetes(String chemin, String json, String... entetes) {
        HttpRequest.Builder b = request(chemin).header("Content-Type", "application/json");
        for (int i = 0; i < entetes.length; i += 2) {
            b.header(entetes[i], entetes[i + 1]);
        }
        return send(b.PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> putBytes(String chemin, String contentType, byte[] corps) {
        return send(request(chemin).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(corps)).build());
    }

    public HttpResponse<String> postJson(String chemin, String json) {
        return send(request(chemin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<byte[]> getBytes(String chemin) {
        try {
            return client.send(request(chemin).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST with headers of its own (e.g. Idempotency-Key), given as name, value, name, value… */
    public HttpResponse<String> postAvecEntetes(String chemin, String contentType, byte[] corps, String... entetes) {
        HttpRequest.Builder b = request(chemin).header("Content-Type", contentType);
        for (int i = 0; i < entetes.length; i += 2) {
            b.header(entetes[i], entetes[i + 1]);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(corps)).build());
    }

    private HttpRequest.Builder request(String chemin) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + chemin)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", "fr-FR");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
