package fr.pacte.database;

import fr.pacte.database.dev.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MigrationsTest {

    private static EmbeddedDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.start(freePort(), Files.createTempDirectory("pacte-pg-").resolve("data"), false);
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void loadsTheReferenceCatalogueAndRatesFromTheCsvFiles() throws Exception {
        Migrations.migrate(database.dataSource());
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertEquals(5, count(s, "SELECT count(*) FROM referentiel.taux_imp"));
            assertEquals(43, count(s, "SELECT count(*) FROM referentiel.mission_catalogue"));
            assertEquals(26, count(s, "SELECT count(*) FROM referentiel.mission_catalogue WHERE dispositif = 'PACTE'"));
            try (ResultSet rs = s.executeQuery(
                    "SELECT montant_annuel FROM referentiel.taux_imp WHERE code_sts = '001'")) {
                rs.next();
                assertEquals("312.50", rs.getBigDecimal(1).toPlainString());
            }
        }
        // a second migration finds nothing to do
        assertEquals(0, Migrations.migrate(database.dataSource()).migrationsExecuted);
    }

    @Test
    void theDepartementTotalsFollowEveryWriteToTheEnvelopesAndNothingElse() throws Exception {
        Migrations.migrate(database.dataSource());
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO referentiel.departement (code, libelle) VALUES ('026', 'Drôme'), ('073', 'Savoie');
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune, secteur, recherche)
                    VALUES ('0260001A', 'CLG', 'Collège A', '026', 'Valence', 'PU', 'a'),
                           ('0260002B', 'LP', 'Lycée B', '026', 'Valence', 'PU', 'b'),
                           ('0730001C', 'CLG', 'Collège C', '073', 'Chambéry', 'PU', 'c');
                    INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut)
                    VALUES ('2030-2031', '2030-09-01', '2031-08-31', 'OUVERTE');
                    INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue)
                    VALUES ('2030-2031', 'SECOND_DEGRE', 100), ('2030-2031', 'VOIE_PRO', 100), ('2030-2031', 'IMP', 100);
                    INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp)
                    VALUES ('2030-2031', '0260001A', 'SECOND_DEGRE', 10, 2.5), ('2030-2031', '0260002B', 'VOIE_PRO', 20, 1),
                           ('2030-2031', '0730001C', 'SECOND_DEGRE', 5, 0.25);
                    UPDATE dotation.enveloppe SET parts = 12, imp = 3 WHERE uai = '0260001A';
                    UPDATE dotation.enveloppe SET parts_consommees = 4 WHERE uai = '0260002B';
                    DELETE FROM dotation.enveloppe WHERE uai = '0730001C';
                    """);
            assertEquals("32.0 4.00", totaux(s, "026"));
            assertEquals("0.0 0.00", totaux(s, "073"));
            // a write the allocation refuses leaves the totals as they were
            assertThrows(java.sql.SQLException.class,
                    () -> s.execute("UPDATE dotation.enveloppe SET parts = 500 WHERE uai = '0260001A'"));
            assertEquals("32.0 4.00", totaux(s, "026"));
            assertEquals(count(s, "SELECT count(*) FROM dotation.enveloppe"), count(s, """
                    SELECT count(*) FROM dotation.enveloppe e JOIN dotation.total_departement t
                        ON t.annee_scolaire = e.annee_scolaire AND t.departement_code = substr(e.uai, 1, 3)
                       AND t.tranche = dotation.tranche(e.uai)"""));
        }
    }

    private static String totaux(Statement s, String departement) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT coalesce(sum(parts), 0.0)::numeric(12,1), coalesce(sum(imp), 0)::numeric(12,2)"
                + " FROM dotation.total_departement WHERE annee_scolaire = '2030-2031' AND departement_code = '" + departement + "'")) {
            rs.next();
            return rs.getBigDecimal(1).toPlainString() + " " + rs.getBigDecimal(2).toPlainString();
        }
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
