package fr.pacte.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 16, point 4: after failed attempts a login is locked for a while, even with the right password, then works
 * again. Elytron's brute-force wrapper of the realm does it for pages and API alike; the test server runs with 5
 * attempts and a lock of 1 minute (arquillian.xml), production with the figures of the README. Own account.
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
        assertEquals(200, appel("test"), "le compte fonctionne");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, appel("mauvais-" + i));
        }
        assertEquals(401, appel("test"), "verrouillé : le bon mot de passe est refusé aussi");
        Thread.sleep(65_000);
        assertEquals(200, appel("test"), "déverrouillé après le délai");
    }

    private static int appel(String motDePasse) {
        return http().basic(LOGIN, motDePasse).get("/api/campagnes").statusCode();
    }
}
