package fr.pacte.database;

import fr.pacte.database.dev.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * V36 on a database in use: the distributed amounts V35 kept on the allocation rows (envelopes with décharge hours,
 * département reserves, an académique IMP) become tranches that add up to them, quotas that add up to the
 * allocation, and département totals in tranches that add up to the former ones.
 */
class AllocationTranchesMigrationTest {

    private static EmbeddedDatabase database;
    /** Per line "ligne alloue distribue" as V35 had them, then the département totals. */
    private static String avant;
    private static String totauxAvant;

    @BeforeAll
    static void migrerUneCampagneDejaDistribuee() throws Exception {
        database = EmbeddedDatabase.start(MigrationsTest.freePort(), Files.createTempDirectory("pacte-pg-").resolve("data"), false);
        Migrations.migrate(database.dataSource(), "pacte", "35");
        executer("""
                INSERT INTO referentiel.departement (code, libelle) VALUES ('026', 'Drôme'), ('073', 'Savoie');
                INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune, secteur, recherche)
                VALUES ('0260001A', 'CLG', 'Collège A', '026', 'Valence', 'PU', 'a'),
                       ('0260002B', 'LP', 'Lycée B', '026', 'Valence', 'PU', 'b'),
                       ('0730001C', 'ECOLE', 'École C', '073', 'Chambéry', 'PU', 'c');
                INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche)
                VALUES ('MIG0000000001', 'Mme', 'Un', 'Une', 'F', '1980-01-01', 'CERTIFIE', 'Anglais', '0260001A', 'un');
                INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut)
                VALUES ('2036-2037', '2036-09-01', '2037-08-31', 'PREPARATION');
                INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue)
                VALUES ('2036-2037', 'PREMIER_DEGRE', 40), ('2036-2037', 'SECOND_DEGRE', 100), ('2036-2037', 'VOIE_PRO', 30),
                       ('2036-2037', 'IMP', 20.75);
                INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp, decharge_heures)
                VALUES ('2036-2037', '0260001A', 'SECOND_DEGRE', 12.5, 6.25, 2),
                       ('2036-2037', '0260002B', 'VOIE_PRO', 9, 3, 0),
                       ('2036-2037', '0730001C', 'PREMIER_DEGRE', 7, 0, 0);
                INSERT INTO dotation.reserve (annee_scolaire, departement_code, parts_premier_degre, parts_second_degre, parts_voie_pro, imp)
                VALUES ('2036-2037', '073', 3, 4, 5, 1.5);
                INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                       taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par)
                VALUES ('2036-2037', '0260001A', 'MIG0000000001', 'IMP-MISSION-ACADEMIQUE', 'IMP', 'ACADEMIQUE', NULL, '003', 1,
                        NULL, '2036-09-01', '2037-06-30', 'ANNUELLE', now(), 't');
                """);
        avant = valeur("SELECT string_agg(ligne || ' ' || alloue || ' ' || distribue, ', ' ORDER BY ligne) FROM dotation.allocation");
        totauxAvant = valeur("SELECT string_agg(departement_code || ' ' || parts || ' ' || imp, ', ' ORDER BY 1)"
                + " FROM dotation.total_departement");
        Migrations.migrate(database.dataSource(), "pacte");
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void theTranchesAddUpToWhatV35HadAndTheQuotasToTheAllocation() throws Exception {
        assertEquals("IMP 20.75 13.75, PREMIER_DEGRE 40.00 10.00, SECOND_DEGRE 100.00 16.50, VOIE_PRO 30.00 14.00", avant);
        assertEquals(avant, valeur("SELECT string_agg(ligne || ' ' || alloue || ' ' || distribue, ', ' ORDER BY ligne)"
                + " FROM dotation.allocation_etat"));
        assertEquals("0", valeur("""
                SELECT count(*) FROM dotation.allocation_tranche t
                  LEFT JOIN LATERAL dotation.distribue_recalcule(t.annee_scolaire, t.ligne) r ON r.tranche = t.tranche
                 WHERE t.distribue <> coalesce(r.distribue, 0) OR t.distribue > t.quota"""));
        assertEquals("0", valeur("""
                SELECT count(*) FROM dotation.allocation a
                 WHERE a.alloue <> (SELECT sum(quota) FROM dotation.allocation_tranche t
                                     WHERE t.annee_scolaire = a.annee_scolaire AND t.ligne = a.ligne)"""));
        assertEquals(totauxAvant, valeur("SELECT string_agg(departement_code || ' ' || parts || ' ' || imp, ', ' ORDER BY 1)"
                + " FROM (SELECT departement_code, sum(parts) AS parts, sum(imp) AS imp FROM dotation.total_departement"
                + " GROUP BY 1) t"));
        // what the IMP line leaves: 20.75 − (6.25 + 2 h of décharge + 3 + 1.5 reserved + 1 académique)
        assertEquals("7.00", valeur("SELECT alloue - distribue FROM dotation.allocation_etat WHERE ligne = 'IMP'"));
    }

    private static void executer(String sql) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String valeur(String sql) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
