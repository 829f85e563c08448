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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, point 3: connected as the server's role (DML rights only), what was sent to payroll, signed or journaled
 * cannot be changed, and the triggers that guard it cannot be disabled. Data of its own (campaign 2073-2074, UAI
 * 0389xxx), written by the superuser with triggers off so that no other rule of the schema is needed to set it up.
 */
class ImmuabiliteTest {

    private static final String PA001 = "PA001";
    private static final String DROIT_INSUFFISANT = "42501";
    private static EmbeddedDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.start(MigrationsTest.freePort(), Files.createTempDirectory("pacte-pg-").resolve("data"), false);
        Migrations.migrate(database.dataSource());
        try (Connection c = database.dataSourceSuperutilisateur().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO referentiel.departement (code, libelle) VALUES ('038', 'Isère');
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune, secteur, recherche)
                    VALUES ('0389901A', 'CLG', 'Collège Immuable', '038', 'Grenoble', 'PU', 'college immuable');
                    INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, uai_affectation, recherche)
                    VALUES ('IMM0000000001', 'Mme', 'Fixe', 'Anne', 'F', '1980-01-01', 'CERTIFIE', '0389901A', 'fixe anne');
                    INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin) VALUES ('2073-2074', '2073-09-01', '2074-08-31');
                    -- the rows below would need an envelope and a payment run: written without the triggers
                    SET session_replication_role = replica;
                    INSERT INTO mission.attribution (id, annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts, heures,
                        date_debut, date_fin, modalite, creee_le, creee_par)
                    VALUES (9730001, '2073-2074', '0389901A', 'IMM0000000001', 'P2-DEVOIRS-FAITS', 'PACTE', 'SECOND_DEGRE', 1, 24,
                        '2073-09-01', '2074-06-30', 'ANNUELLE', now(), 'test');
                    INSERT INTO paiement.execution (id, annee_scolaire, mois, executee_le, executee_par, lignes, montant_total,
                        fichier_csv, fichier_xlsx, synthese_pdf)
                    VALUES (97301, '2073-2074', '2073-10-01', now(), 'rectorat', 1, 138.88, 'csv', 'xlsx', 'pdf');
                    INSERT INTO paiement.echeance (id, attribution_id, annee_scolaire, mois, montant, execution_id, identifiant, uai, dispositif, code_mission, taux)
                    VALUES (97300001, 9730001, '2073-2074', '2073-10-01', 138.88, 97301, 'IMM0000000001', '0389901A', 'PACTE', 'P2-DEVOIRS-FAITS', '1'),
                           (97300002, 9730001, '2073-2074', '2073-11-01', 138.88, NULL, 'IMM0000000001', '0389901A', 'PACTE', 'P2-DEVOIRS-FAITS', '1'),
                           (97300003, 9730001, '2073-2074', '2073-12-01', 138.88, NULL, 'IMM0000000001', '0389901A', 'PACTE', 'P2-DEVOIRS-FAITS', '1');
                    INSERT INTO mission.lettre (id, annee_scolaire, uai, identifiant, numero, etat, courante, contenu, signee_le, signee_par, creee_le)
                    VALUES (97301, '2073-2074', '0389901A', 'IMM0000000001', 1, 'SIGNEE', true, '{"missions": 1}', now(), 'chef', now()),
                           (97302, '2073-2074', '0389901A', 'IMM0000000001', 2, 'BROUILLON', false, NULL, NULL, NULL, now());
                    INSERT INTO dotation.revision (id, horodatage, auteur, motif) VALUES (97301, 0, 'rectorat', 'test');
                    INSERT INTO referentiel.journal_import (id, nature, nom_fichier, auteur, accepte) VALUES (97301, 'personnels', 'p.csv', 'rectorat', true);
                    """);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void aSentInstalmentCannotBeUpdatedNorDeletedButThePlannedOnesAreStillRewrittenAndSent() throws Exception {
        SQLException e = refus(PA001, "UPDATE paiement.echeance SET montant = 0 WHERE id = 97300001");
        assertTrue(e.getMessage().contains("envoyée à la paie par l'exécution 97301"), e.getMessage());
        refus(PA001, "DELETE FROM paiement.echeance WHERE id = 97300001");
        refus(PA001, "UPDATE paiement.echeance SET execution_id = NULL WHERE id = 97300001");
        // what the monthly run does: delete and rewrite planned rows, then mark the month's rows as sent
        assertEquals(1, serveur("DELETE FROM paiement.echeance WHERE id = 97300003"));
        assertEquals(1, serveur("UPDATE paiement.echeance SET montant = 140, execution_id = 97301 WHERE id = 97300002"));
        refus(PA001, "UPDATE paiement.echeance SET montant = 0 WHERE id = 97300002");
    }

    @Test
    void aClosedRunCannotBeUpdatedNorDeleted() throws Exception {
        SQLException e = refus(PA001, "UPDATE paiement.execution SET fichier_csv = 'autre' WHERE id = 97301");
        assertTrue(e.getMessage().contains("la paie 10/2073 de 2073-2074 est close"), e.getMessage());
        refus(PA001, "UPDATE paiement.execution SET montant_total = 0 WHERE id = 97301");
        refus(PA001, "DELETE FROM paiement.execution WHERE id = 97301");
    }

    @Test
    void theRunStillWritesItsFilesInTheTransactionThatOpenedIt() throws Exception {
        try (Connection c = database.dataSourceServeur().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO paiement.execution (id, annee_scolaire, mois, executee_le, executee_par, lignes,"
                    + " montant_total, fichier_csv, fichier_xlsx, synthese_pdf)"
                    + " VALUES (97399, '2073-2074', '2074-06-01', now(), 'rectorat', 0, 0, '', '', '')");
            assertEquals(1, s.executeUpdate("UPDATE paiement.execution SET lignes = 2, montant_total = 10,"
                    + " fichier_csv = 'csv', fichier_xlsx = 'x', synthese_pdf = 'p' WHERE id = 97399"));
            SQLException e = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE paiement.execution SET lignes = 3 WHERE id = 97399"));
            assertEquals(PA001, e.getSQLState());
            c.rollback();
        }
    }

    @Test
    void aSignedLetterVersionKeepsItsContentAndIsNeverDeletedButIsAcceptedOnceAndReplacedByAnAvenant() throws Exception {
        SQLException e = refus(PA001, "DELETE FROM mission.lettre WHERE id = 97301");
        assertTrue(e.getMessage().contains("la version 1 (signee) de la lettre de mission de IMM0000000001"), e.getMessage());
        refus(PA001, "UPDATE mission.lettre SET contenu = '{\"missions\": 2}' WHERE id = 97301");
        refus(PA001, "UPDATE mission.lettre SET etat = 'BROUILLON', contenu = NULL, signee_le = NULL WHERE id = 97301");
        assertEquals(1, serveur("UPDATE mission.lettre SET etat = 'ACCEPTEE', acceptee_le = now(), acceptee_par = 'agent',"
                + " acceptee_par_chef = false, verrou = verrou + 1 WHERE id = 97301"));
        refus(PA001, "UPDATE mission.lettre SET acceptee_par = 'autre' WHERE id = 97301");
        // an avenant: the signed version stops being the current one, never the other way round
        assertEquals(1, serveur("UPDATE mission.lettre SET courante = false, verrou = verrou + 1 WHERE id = 97301"));
        refus(PA001, "UPDATE mission.lettre SET courante = true WHERE id = 97301");
        // a brouillon is free
        assertEquals(1, serveur("DELETE FROM mission.lettre WHERE id = 97302"));
    }

    @Test
    void auditRowsAreAppendOnly() throws Exception {
        refus(PA001, "UPDATE dotation.revision SET motif = 'autre' WHERE id = 97301");
        refus(PA001, "DELETE FROM referentiel.journal_import WHERE id = 97301");
        refus(PA001, "DELETE FROM mission.redeploiement");
        refus(PA001, "DELETE FROM demande.etape");
        refus(PA001, "UPDATE dotation.enveloppe_aud SET parts = 0");
        refus(DROIT_INSUFFISANT, "TRUNCATE dotation.revision CASCADE");
    }

    @Test
    void theServersRoleCanNeitherDisableATriggerNorChangeTheSchemaNorGoAroundTriggers() throws Exception {
        refus(DROIT_INSUFFISANT, "ALTER TABLE paiement.echeance DISABLE TRIGGER echeance_immuable");
        refus(DROIT_INSUFFISANT, "ALTER TABLE mission.lettre DISABLE TRIGGER ALL");
        refus(DROIT_INSUFFISANT, "DROP TRIGGER execution_immuable ON paiement.execution");
        refus(DROIT_INSUFFISANT, "CREATE OR REPLACE FUNCTION public.refuser_modification() RETURNS trigger AS 'BEGIN RETURN NULL; END' LANGUAGE plpgsql");
        refus(DROIT_INSUFFISANT, "CREATE TABLE public.intrus (id int)");
        refus(DROIT_INSUFFISANT, "CREATE TABLE paiement.intrus (id int)");
        refus(DROIT_INSUFFISANT, "SET session_replication_role = replica");
        refus(DROIT_INSUFFISANT, "DELETE FROM public.flyway_schema_history");
    }

    @Test
    void theServersRoleReadsAndWritesTheDataAndTheBatchJobRepository() throws Exception {
        assertEquals(1, serveur("INSERT INTO referentiel.departement (code, libelle) VALUES ('073', 'Savoie')"));
        assertEquals(1, serveur("UPDATE referentiel.departement SET libelle = 'Savoie (73)' WHERE code = '073'"));
        assertEquals(1, serveur("INSERT INTO dotation.revision (horodatage, auteur) VALUES (1, 'rectorat')"));
        // JBeret's probe: when it answers, JBeret creates nothing
        try (Connection c = database.dataSourceServeur().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM PARTITION_EXECUTION")) {
            assertTrue(rs.next());
        }
        assertEquals(1, serveur("INSERT INTO JOB_INSTANCE(JOBNAME, APPLICATIONNAME) VALUES ('test', 'pacte')"));
        assertEquals(1, serveur("UPDATE JOB_INSTANCE SET VERSION = 1 WHERE JOBNAME = 'test'"));
    }

    private static int serveur(String sql) throws SQLException {
        try (Connection c = database.dataSourceServeur().getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static SQLException refus(String sqlState, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> serveur(sql), sql);
        assertEquals(sqlState, e.getSQLState(), sql + " : " + e.getMessage());
        return e;
    }
}
