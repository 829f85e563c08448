package fr.pacte.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, point 4: after failed attempts a login is locked for a while, even with the right password, then works
 * again; pages and API alike answer 429 saying so (Retry-After), before any password check, and the lock is in the
 * journal. Pacte's handler (fr.pacte.web.debit) counts as Elytron's brute-force wrapper of the realm, which stays
 * behind it; the test server runs with 5 attempts and a lock of 1 minute (arquillian.xml), production with the
 * figures of the README. Own account.
 */
class VerrouillageIT extends PacteIT {

    private static final String LOGIN = "verrou.essai";

    @BeforeAll
    static void compte() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO securite.compte (login, mot_de_passe, role, nom_affiche) VALUES ('" + LOGIN
                    + "', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'RECTORAT', 'Compte du verrouillage')");
        }
    }

    @Test
    void apresCinqEchecsLeCompteEstVerrouilleUneMinuteMemeAvecLeBonMotDePasse() throws InterruptedException {
        assertEquals(200, appel("test").statusCode(), "le compte fonctionne");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, appel("mauvais-" + i).statusCode());
        }
        HttpResponse<String> api = appel("test");
        assertEquals(429, api.statusCode(), "verrouillé : le bon mot de passe est refusé aussi");
        assertTrue(api.body().contains("Trop d'échecs de connexion pour cet identifiant : il est verrouillé. Réessayez dans 1 minute."),
                api.body());
        int attente = Integer.parseInt(api.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(attente > 0 && attente <= 60, String.valueOf(attente));
        Http formulaire = http();
        formulaire.get("/");
        HttpResponse<String> page = formulaire.postForm("/j_security_check", Map.of("j_username", LOGIN, "j_password", "test"));
        assertEquals(429, page.statusCode(), page.body());
        assertTrue(page.body().contains("il est verrouillé"), page.body());

        JournalIT.Entree verrou = JournalIT.Entree.derniere("action = 'CONNEXION_VERROUILLEE' AND auteur = '" + LOGIN + "'");
        verrou.deRecente(LOGIN, "5 échecs de connexion de suite (le dernier depuis 127.0.0.1) ; l'identifiant est refusé pendant 1 minute.");
        assertEquals(LOGIN, verrou.objetId());

        Thread.sleep(attente * 1000L + 1000);
        assertEquals(200, appel("test").statusCode(), "déverrouillé après le délai");
    }

    private static HttpResponse<String> appel(String motDePasse) {
        return http().basic(LOGIN, motDePasse).get("/api/campagnes");
    }
}
