package fr.pacte.it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, points 1 and 2: HTTPS with HTTP redirected to it, the browser's protections on every answer, the session cookie's attributes,
 * no Basic challenge to a browser, and no write under a session unless it comes from a Pacte page with the
 * session's token. Nothing is written: the writes tried create a campaign with a malformed year, refused with 422
 * once they pass the door.
 */
class AccesIT extends PacteIT {

    private static final String ECRITURE = "/api/campagnes";
    private static final byte[] ANNEE_MALFORMEE = "{\"annee\": \"deux-mille\"}".getBytes(StandardCharsets.UTF_8);
    private static final String ORIGINE = URI.create(BASE).getScheme() + "://" + URI.create(BASE).getAuthority();

    @Test
    void chaqueReponseInterditLEncadrementLeFlairageEtLesSourcesEtrangeres() {
        HttpResponse<String> page = http().get("/");
        assertEquals(200, page.statusCode());
        String csp = csp(page);
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'")
                && csp.contains("object-src 'none'") && csp.contains("form-action 'self'")
                && csp.contains("base-uri 'self'"), csp);
        assertTrue(scriptSrc(csp).matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'"), csp);
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(page.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="), "HSTS");
        List<String> cookies = page.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Strict")
                && session.toLowerCase(java.util.Locale.ROOT).contains("; secure"),
                cookies.toString());
    }

    @Test
    void lesScriptsDUnePageSontCeuxQuiPortentSonNonceSansInlineNiEval() {
        Http session = http().connexion("rectorat", "test");
        for (String chemin : List.of("/index.xhtml", "/dotations.xhtml", "/mot-de-passe.xhtml")) {
            HttpResponse<String> page = session.get(chemin);
            assertEquals(200, page.statusCode(), chemin);
            String scripts = scriptSrc(csp(page));
            assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), scripts);
            Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
            assertTrue(nonce.find(), chemin + " : " + scripts);

            Matcher balise = Pattern.compile("<script\\b[^>]*>").matcher(page.body());
            int balises = 0;
            while (balise.find()) {
                balises++;
                assertTrue(balise.group().contains(" nonce=\"" + nonce.group(1) + "\""),
                        chemin + " : la balise " + balise.group() + " ne porte pas le nonce de l'en-tête " + scripts);
            }
            assertTrue(balises > 0, chemin);
            assertFalse(Pattern.compile("<[a-z]+\\b[^>]*\\son[a-z]+=\"").matcher(page.body()).find(),
                    chemin + " : un attribut on… serait refusé");
        }
    }

    @Test
    void uneReponseQuiNEstPasUnePageNAdmetAucunScriptEnLigne() {
        HttpResponse<String> api = http().basic("rectorat", "test").get("/api/campagnes");
        assertEquals(200, api.statusCode(), api.body());
        assertEquals("script-src 'self'", scriptSrc(csp(api)));
        assertTrue(csp(api).contains("frame-ancestors 'none'"), csp(api));
    }

    @Test
    void httpRedirigeVersHttps() throws Exception {
        HttpResponse<String> r = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build().send(java.net.http.HttpRequest.newBuilder(URI.create(BASE_HTTP + "/login.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 302 || r.statusCode() == 301, String.valueOf(r.statusCode()));
        assertEquals(BASE + "/login.xhtml", r.headers().firstValue("Location").orElse(null));
    }

    @Test
    void unNavigateurNeRecoitPasDeDefiBasicUnClientDApiOui() {
        HttpResponse<String> navigateur = http().postAvecEntetes("/api/campagnes", "application/json", ANNEE_MALFORMEE,
                "Sec-Fetch-Mode", "cors");
        assertEquals(401, navigateur.statusCode());
        assertTrue(navigateur.headers().firstValue("WWW-Authenticate").isEmpty(), "pas de fenêtre Basic dans le navigateur");
        HttpResponse<String> client = http().get("/api/campagnes");
        assertEquals(401, client.statusCode());
        assertTrue(client.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void unClientDApiNOuvrePasDeSession() {
        HttpResponse<String> r = http().basic("rectorat", "test").get("/api/campagnes");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                r.headers().allValues("Set-Cookie").toString());
    }

    @Test
    void uneEcritureSousLaSessionExigeLOrigineDePacteEtLeJetonDeLaPage() {
        Http session = http().connexion("rectorat", "test");
        String jeton = jeton(session.get("/index.xhtml").body());
        assertFalse(jeton.isEmpty());

        HttpResponse<String> sansRien = session.postJson(ECRITURE, new String(ANNEE_MALFORMEE, StandardCharsets.UTF_8));
        assertEquals(403, sansRien.statusCode(), sansRien.body());
        assertTrue(sansRien.body().contains("ne vient pas d'une page de Pacte"), sansRien.body());

        HttpResponse<String> autreOrigine = session.postAvecEntetes(ECRITURE, "application/json", ANNEE_MALFORMEE,
                "Origin", "http://localhost:1", "X-Pacte-Jeton", jeton);
        assertEquals(403, autreOrigine.statusCode(), autreOrigine.body());

        HttpResponse<String> sansJeton = session.postAvecEntetes(ECRITURE, "application/json", ANNEE_MALFORMEE,
                "Origin", ORIGINE);
        assertEquals(403, sansJeton.statusCode(), sansJeton.body());
        assertTrue(sansJeton.body().contains("jeton"), sansJeton.body());

        HttpResponse<String> depuisLaPage = session.postAvecEntetes(ECRITURE, "application/json", ANNEE_MALFORMEE,
                "Origin", ORIGINE, "X-Pacte-Jeton", jeton);
        assertEquals(422, depuisLaPage.statusCode(), "passée la porte, la règle de l'année répond : " + depuisLaPage.body());
    }

    @Test
    void unImportEnTextPlainEstRefuse415() {
        HttpResponse<String> r = http().basic("rectorat", "test").post("/api/imports/personnels", "text/plain",
                "identifiant;nom\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, r.statusCode(), r.body());
        HttpResponse<String> formulaire = http().basic("rectorat", "test").post("/api/imports/personnels",
                "application/x-www-form-urlencoded", "a=b".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, formulaire.statusCode(), formulaire.body());
    }

    /** The one Content-Security-Policy of an answer: a second header would be enforced too. */
    private static String csp(HttpResponse<String> reponse) {
        List<String> politiques = reponse.headers().allValues("Content-Security-Policy");
        assertEquals(1, politiques.size(), politiques.toString());
        return politiques.get(0);
    }

    private static String scriptSrc(String csp) {
        return java.util.Arrays.stream(csp.split(";")).map(String::trim).filter(d -> d.startsWith("script-src "))
                .findFirst().orElse("");
    }

    private static String jeton(String page) {
        Matcher m = Pattern.compile("<meta name=\"pacte-jeton\" content=\"([^\"]*)\"").matcher(page);
        return m.find() ? m.group(1) : "";
    }
}
