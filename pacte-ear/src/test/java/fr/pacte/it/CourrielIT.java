package fr.pacte.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, point 6: « notifications in the application (and e-mail where configured) ». The test server runs with
 * {@code -Dpacte.courriel.actif=true} and its mail session pointed at {@code PACTE_SMTP_PORT}, where this class
 * starts a real SMTP server (GreenMail). Publishing the envelopes of campaign 2185-2186 notifies the chef of the
 * collège 0890001T in the application and sends the same text to his account's e-mail address, after the commit.
 * Own département 089.
 */
class CourrielIT extends PacteIT {

    private static final String ANNEE = "2185-2186";
    private static final String UAI = "0890001T";
    private static final String ADRESSE = "principal.0890001t@ac-exemple.fr";

    private static GreenMail smtp;

    @BeforeAll
    static void demarrer() throws SQLException {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO referentiel.departement (code, libelle) VALUES ('089', 'Yonne') ON CONFLICT DO NOTHING;
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune,
                           secteur, recherche)
                    VALUES ('0890001T', 'CLG', 'Collège Paul-Bert', '089', 'Auxerre', 'PU', 'college paul-bert auxerre');
                    INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche, courriel)
                    VALUES ('chef.0890001t', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO',
                            'CHEF_ETABLISSEMENT', NULL, '0890001T', 'Principal du collège Paul-Bert', '%s');
                    INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut)
                    VALUES ('2185-2186', '2185-09-01', '2186-08-31', 'PREPARATION');
                    """.formatted(ADRESSE));
        }
    }

    @AfterAll
    static void arreter() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void laPublicationDesEnveloppesEstAussiEnvoyeeParCourrielAuChef() throws Exception {
        EnveloppesSuivi.publier(ANNEE, UAI, 2, 0);

        assertTrue(smtp.waitForIncomingEmail(20_000, 1), "aucun courriel reçu par le serveur SMTP");
        MimeMessage[] recus = smtp.getReceivedMessages();
        assertEquals(1, recus.length);
        MimeMessage courriel = recus[0];
        assertEquals("Pacte – information", courriel.getSubject());
        assertEquals(ADRESSE, Arrays.stream(courriel.getAllRecipients()).map(Object::toString).findFirst().orElse(null));
        String texte = GreenMailUtil.getBody(courriel);
        assertTrue(courriel.getContent().toString().contains("Votre enveloppe " + ANNEE + " est publiée par le rectorat"),
                texte);

        // the same text stays in the application, where the chef reads it
        String notifications = http().basic("chef.0890001t", "test").get("/api/notifications").body();
        assertTrue(notifications.contains("Votre enveloppe " + ANNEE + " est publiée"), notifications);
    }
}
