package fr.pacte.database;

import fr.pacte.database.dev.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * V25: an attribution's amount is computed once, by PostgreSQL, whoever writes it — parts × the campaign's amount of
 * a part (seeds 001/002), the yearly amount of the IMP's rate (seed 003, taux-imp.csv), nothing for a décharge — and
 * follows a change of those amounts while the campaign is open.
 */
class MontantAttributionTest {

    private static EmbeddedDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.start(MigrationsTest.freePort(), Files.createTempDirectory("pacte-pg-").resolve("data"), false);
        Migrations.migrate(database.dataSource());
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO referentiel.departement (code, libelle) VALUES ('026', 'Drôme');
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune, secteur, recherche)
                    VALUES ('0260001A', 'CLG', 'Collège A', '026', 'Valence', 'PU', 'a');
                    INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche)
                    VALUES ('MNT0000000001', 'Mme', 'Un', 'Une', 'F', '1980-01-01', 'CERTIFIE', 'Anglais', '0260001A', 'un');
                    INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut, demi_parts_autorisees)
                    VALUES ('2030-2031', '2030-09-01', '2031-08-31', 'OUVERTE', true);
                    INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue)
                    VALUES ('2030-2031', 'SECOND_DEGRE', 100), ('2030-2031', 'IMP', 10);
                    INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp, decharge_heures)
                    VALUES ('2030-2031', '0260001A', 'SECOND_DEGRE', 10, 4, 2);
                    """);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void theAmountIsTheRulesResultWhateverTheWriterSends() throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            // a writer's own figure (999) is replaced: the column is the rule's result, never an input
            s.execute("""
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                           taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par, montant)
                    VALUES ('2030-2031', '0260001A', 'MNT0000000001', 'P2-RCD', 'PACTE', 'SECOND_DEGRE', 2.5, NULL, 0, 45, '2030-09-01', '2031-06-30', 'ANNUELLE', now(), 't', 999),
                           ('2030-2031', '0260001A', 'MNT0000000001', 'IMP-REF-CULTURE', 'IMP', 'SECOND_DEGRE', NULL, '004', 2, NULL, '2030-09-01', '2031-06-30', 'ANNUELLE', now(), 't', 999),
                           ('2030-2031', '0260001A', 'MNT0000000001', 'IMP-REF-NUMERIQUE', 'IMP', 'SECOND_DEGRE', NULL, '002', 1, NULL, '2030-09-01', '2031-06-30', 'DECHARGE', now(), 't', 999)
                    """);
            assertEquals("PACTE ANNUELLE 3125.00|IMP ANNUELLE 2500.00|IMP DECHARGE 0.00", montants(s));

            s.execute("UPDATE mission.attribution SET parts = 0.5 WHERE dispositif = 'PACTE'");
            s.execute("UPDATE referentiel.campagne SET montant_part = 1250.01 WHERE annee_scolaire = '2030-2031'");
            assertEquals("PACTE ANNUELLE 625.01|IMP ANNUELLE 2500.00|IMP DECHARGE 0.00", montants(s),
                    "a half part of 1 250,01 € is 625,01 € (half up, as the envelopes' figures on screen)");
            s.execute("UPDATE referentiel.taux_imp SET montant_annuel = 2600 WHERE code_sts = '004'");
            assertEquals("PACTE ANNUELLE 625.01|IMP ANNUELLE 2600.00|IMP DECHARGE 0.00", montants(s));
            s.execute("UPDATE mission.attribution SET montant = 1 WHERE dispositif = 'PACTE'");
            assertEquals("PACTE ANNUELLE 625.01|IMP ANNUELLE 2600.00|IMP DECHARGE 0.00", montants(s));
            c.rollback();
        }
    }

    @Test
    void aClosedCampaignKeepsTheAmountsItPaid() throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("""
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                           taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par)
                    VALUES ('2030-2031', '0260001A', 'MNT0000000001', 'IMP-REF-CULTURE', 'IMP', 'SECOND_DEGRE', NULL, '003', 1, NULL, '2030-09-01', '2031-06-30', 'ANNUELLE', now(), 't'),
                           ('2030-2031', '0260001A', 'MNT0000000001', 'P2-RCD', 'PACTE', 'SECOND_DEGRE', 1, NULL, 0, 18, '2030-09-01', '2031-06-30', 'ANNUELLE', now(), 't')
                    """);
            s.execute("UPDATE referentiel.campagne SET statut = 'CLOSE' WHERE annee_scolaire = '2030-2031'");
            s.execute("UPDATE referentiel.taux_imp SET montant_annuel = 1300 WHERE code_sts = '003'");
            assertEquals("PACTE ANNUELLE 1250.00|IMP ANNUELLE 1250.00", montants(s), "a rate changed after closing does not rewrite what was paid");
            // only the schema's owner may still touch a closed campaign (V23); even then its amounts stay as paid
            s.execute("UPDATE referentiel.campagne SET montant_part = 1300 WHERE annee_scolaire = '2030-2031'");
            assertEquals("PACTE ANNUELLE 1250.00|IMP ANNUELLE 1250.00", montants(s));
            c.rollback();
        }
    }

    private static String montants(Statement s) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (ResultSet r = s.executeQuery("""
                SELECT dispositif, modalite, montant FROM mission.attribution
                 WHERE annee_scolaire = '2030-2031' ORDER BY dispositif DESC, modalite, id""")) {
            while (r.next()) {
                b.append(b.isEmpty() ? "" : "|").append(r.getString(1)).append(' ').append(r.getString(2)).append(' ')
                        .append(r.getBigDecimal(3).toPlainString());
            }
        }
        return b.toString();
    }
}
