package fr.pacte.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, point 4, per source address: failed logins from one address on many different logins (password
 * spraying) make its attempts wait longer and longer, then suspend them — even with the right password of another
 * account, pages and API alike — until the lock ends; the lock is in the journal. The test server counts 20 failures
 * in 30 s, waits 100 ms doubled from 15 failures, locks 5 s (arquillian.xml): the rest of the suite, talking from
 * 127.0.0.1 and failing a few logins on purpose, stays well below; this class attacks from 127.0.0.2 and checks
 * from 127.0.0.3 ({@link ClientAdresse}), so that its counts are its own. Own account, logins {@code debit.*}.
 */
class DebitAdresseIT extends PacteIT {

    private static final int PORT = 8443 + Integer.getInteger("it.port.offset", 100);
    private static final String VALIDE = "debit.valide";
    private static final int ECHECS = 20;
    private static final String CAMPAGNES = "/api/campagnes";

    @BeforeAll
    static void compte() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO securite.compte (login, mot_de_passe, role, nom_affiche) VALUES ('" + VALIDE
                    + "', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'RECTORAT', 'Compte du débit')"
                    + " ON CONFLICT (login) DO NOTHING");
        }
    }

    @Test
    void desEchecsSurDesIdentifiantsDifferentsSuspendentLAdressePuisElleEstLiberee() throws InterruptedException {
        ClientAdresse attaquant = new ClientAdresse("127.0.0.2", PORT);
        assertEquals(200, attaquant.basic(CAMPAGNES, VALIDE, "test").statut(), "l'adresse se connecte d'abord");

        // 20 failures, each on another login (unknown ones: they cost and count as known ones), by the API then the form
        for (int i = 1; i <= 15; i++) {
            assertEquals(401, attaquant.basic(CAMPAGNES, "debit.essai" + i, "mauvais").statut());
        }
        long debut = 0;
        for (int i = 16; i <= ECHECS; i++) {
            debut = System.nanoTime();
            ClientAdresse.Reponse r = attaquant.formulaire("debit.essai" + i, "mauvais");
            assertTrue(r.corps().contains("Identifiant ou mot de passe incorrect"), r.statut() + " " + r.corps());
        }
        long dureeMs = (System.nanoTime() - debut) / 1_000_000;
        assertTrue(dureeMs >= 1500, "après 19 échecs, l'essai attend 100 ms × 2^4 : " + dureeMs + " ms");

        // the right password of a valid account is refused now, before any password check
        ClientAdresse.Reponse api = attaquant.basic(CAMPAGNES, VALIDE, "test");
        assertEquals(429, api.statut(), api.corps());
        int attente = Integer.parseInt(api.retryAfter());
        assertTrue(attente >= 1 && attente <= 5, api.retryAfter());
        assertTrue(api.corps().startsWith("{\"erreur\":\"Trop d'échecs de connexion depuis votre adresse"), api.corps());
        ClientAdresse.Reponse page = attaquant.formulaire(VALIDE, "test");
        assertEquals(429, page.statut(), page.corps());
        assertTrue(page.corps().contains("id=\"debit-connexion\"") && page.corps().contains("Réessayez dans"), page.corps());

        // other addresses are not concerned
        assertEquals(200, new ClientAdresse("127.0.0.3", PORT).basic(CAMPAGNES, VALIDE, "test").statut());
        assertEquals(200, http().basic(VALIDE, "test").get(CAMPAGNES).statusCode());

        // the lock and the Basic failures are in the journal (SQL, and the API as the rectorat)
        JournalIT.Entree verrou = JournalIT.Entree.derniere("action = 'CONNEXION_VERROUILLEE' AND objet_id = '127.0.0.2'");
        assertEquals("anonyme", verrou.auteur());
        assertTrue(verrou.recente());
        assertTrue(verrou.motif().startsWith("Adresse 127.0.0.2 : 20 échecs de connexion en "), verrou.motif());
        assertTrue(verrou.motif().contains("debit.essai16, debit.essai17, debit.essai18, debit.essai19, debit.essai20")
                && verrou.motif().endsWith("refusées pendant 5 secondes."), verrou.motif());
        JournalIT.Entree basic = JournalIT.Entree.derniere("action = 'CONNEXION_ECHOUEE' AND auteur = 'debit.essai3'");
        basic.deRecente("debit.essai3", "Identifiant ou mot de passe incorrect (HTTP Basic)");
        assertEquals("GET /pacte/api/campagnes", basic.objetId());
        HttpResponse<String> journal = http().basic("rectorat", "test").get("/api/journal?objetId=127.0.0.2");
        assertEquals(200, journal.statusCode(), journal.body());
        assertTrue(journal.body().contains("CONNEXION_VERROUILLEE"), journal.body());

        Thread.sleep(attente * 1000L + 500);
        assertEquals(200, attaquant.basic(CAMPAGNES, VALIDE, "test").statut(), "libérée après le délai");
        assertEquals(401, attaquant.basic(CAMPAGNES, "debit.essai1", "mauvais").statut(), "et ses comptes repartent de zéro");
        assertEquals(200, attaquant.basic(CAMPAGNES, VALIDE, "test").statut());
    }
}
