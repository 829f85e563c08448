package fr.pacte.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The identity federation of the SSO test: a real OpenID provider, Keycloak's distribution unpacked from Maven Central
 * by the build (keycloak.home), started on this JDK in dev mode on the embedded PostgreSQL (its own database), with the
 * realm « pacte » imported: the client Pacte (its secret is PACTE_OIDC_SECRET, which WildFly reads too) and three
 * users. Started before the test class, stopped after it.
 */
final class FournisseurOidc implements BeforeAllCallback, AfterAllCallback {

    static final String MOT_DE_PASSE = "Federation-Essai-2026";
    private static final int PORT = Integer.getInteger("it.oidc.port", 18180);
    static final String REALM = "http://localhost:" + PORT + "/realms/pacte";

    private Process keycloak;

    @Override
    public void beforeAll(ExtensionContext contexte) throws Exception {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak/keycloak"));
        base();
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (InputStream in = FournisseurOidc.class.getResourceAsStream("/keycloak/pacte-realm.json")) {
            String realm = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@SECRET@", System.getenv("PACTE_OIDC_SECRET"))
                    .replace("@BASE@", PacteIT.BASE).replace("@MOT_DE_PASSE@", MOT_DE_PASSE);
            Files.writeString(imports.resolve("pacte-realm.json"), realm);
        }
        Path journal = Path.of(System.getProperty("pacte.it.dir", "target/it-sso")).resolve("keycloak.log");
        Files.createDirectories(journal.getParent());
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + PORT, "--import-realm", "--db=postgres",
                "--db-url=jdbc:postgresql://localhost:" + System.getenv("PACTE_DB_PORT") + "/keycloak",
                "--db-username=keycloak", "--db-password=keycloak")
                .redirectErrorStream(true).redirectOutput(journal.toFile());
        pb.environment().put("JAVA_OPTS_APPEND", "-Xms64m -Xmx512m");
        keycloak = pb.start();
        attendre(journal);
    }

    /** Its own database and role on the embedded PostgreSQL (nothing shared with Pacte's schema). */
    private static void base() throws SQLException {
        try (Connection c = BaseDeTest.dataSourceSuperutilisateur().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS keycloak");
            s.execute("DROP ROLE IF EXISTS keycloak");
            s.execute("CREATE ROLE keycloak LOGIN PASSWORD 'keycloak'");
            s.execute("CREATE DATABASE keycloak OWNER keycloak");
        }
    }

    private void attendre(Path journal) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long limite = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < limite) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak s'est arrêté : voir " + journal);
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(REALM + "/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException pasEncore) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Keycloak ne répond pas après 4 minutes : voir " + journal);
    }

    /** An access token of a federation user, by the password grant (an API client's script would use its own). */
    static String jeton(String utilisateur) {
        String corps = "grant_type=password&client_id=pacte&scope=openid&client_secret="
                + URLEncoder.encode(System.getenv("PACTE_OIDC_SECRET"), StandardCharsets.UTF_8)
                + "&username=" + utilisateur + "&password=" + MOT_DE_PASSE;
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(REALM + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Jeton refusé pour " + utilisateur + " : " + r.body());
            }
            return Json.objet(r.body()).getString("access_token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext contexte) throws Exception {
        if (keycloak != null) {
            keycloak.descendants().forEach(ProcessHandle::destroy);
            keycloak.destroy();
            keycloak.waitFor();
            keycloak = null;
        }
    }
}
