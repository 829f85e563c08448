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

/** V11: what PostgreSQL itself holds about the envelopes, whoever writes (issue 14). */
class ConsommationEnveloppesTest {

    private static EmbeddedDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.start(MigrationsTest.freePort(), Files.createTempDirectory("pacte-pg-").resolve("data"), false);
        Migrations.migrate(database.dataSource());
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO referentiel.departement (code, libelle) VALUES ('026', 'Drôme');
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune, secteur, recherche)
                    VALUES ('0260001A', 'CLG', 'Collège A', '026', 'Valence', 'PU', 'a'),
                           ('0260002B', 'CLG', 'Collège B', '026', 'Valence', 'PU', 'b');
                    INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche)
                    VALUES ('CON0000000001', 'Mme', 'Un', 'Une', 'F', '1980-01-01', 'CERTIFIE', 'Anglais', '0260001A', 'un'),
                           ('CON0000000002', 'M.', 'Deux', 'Deux', 'M', '1980-01-01', 'CERTIFIE', 'Anglais', '0260001A', 'deux');
                    INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut)
                    VALUES ('2030-2031', '2030-09-01', '2031-08-31', 'OUVERTE');
                    INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue)
                    VALUES ('2030-2031', 'SECOND_DEGRE', 100), ('2030-2031', 'IMP', 10);
                    INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp)
                    VALUES ('2030-2031', '0260001A', 'SECOND_DEGRE', 10, 6);
                    """);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void aConversionKeepsTheIntoDechargeConvertedImpInTheDistributedAllocation() throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("UPDATE dotation.enveloppe SET imp = imp - 2, decharge_heures = decharge_heures + 2 WHERE uai = '0260001A'");
            assertEquals("6.00", valeur(s, "SELECT distribue FROM dotation.allocation_etat WHERE annee_scolaire = '2030-2031' AND ligne = 'IMP'"));
            // the 4 IMP left free cannot be handed out twice: 6 + 4 + 1 > 10
            assertThrows(SQLException.class, () -> s.execute("""
                    INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp)
                    VALUES ('2030-2031', '0260002B', 'SECOND_DEGRE', 0, 5)"""));
            c.rollback();
        }
    }

    @Test
    void theEnvelopeKeepsWhatItsActiveAttributionsTakeAndCannotGoBelowIt() throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("UPDATE dotation.enveloppe SET imp = imp - 2, decharge_heures = decharge_heures + 2 WHERE uai = '0260001A'");
            // one statement, several rows: the statement trigger sums them
            s.execute("""
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                           taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par)
                    VALUES ('2030-2031', '0260001A', 'CON0000000001', 'P2-RCD', 'PACTE', 'SECOND_DEGRE', 2, NULL, 0, 36, '2030-09-01', '2031-06-30', 'ANNUELLE', now(), 't'),
                           ('2030-2031', '0260001A', 'CON0000000002', 'P2-RCD', 'PACTE', 'SECOND_DEGRE', 1.5, NULL, 0, 18, '2030-09-01', '2031-06-30', 'ANNUELLE', now(), 't'),
                           ('2030-2031', '0260001A', 'CON0000000001', 'IMP-REF-CULTURE', 'IMP', 'SECOND_DEGRE', NULL, '004', 2, NULL, '2030-09-01', '2031-06-30', 'ANNUELLE', now(), 't'),
                           ('2030-2031', '0260001A', 'CON0000000002', 'IMP-REF-CULTURE', 'IMP', 'SECOND_DEGRE', NULL, '002', 0.5, NULL, '2030-09-01', '2031-06-30', 'DECHARGE', now(), 't')
                    """);
            assertEquals("3.5 2.00 0.50", consommation(s));
            s.execute("UPDATE mission.attribution SET annulee = true WHERE identifiant = 'CON0000000002' AND dispositif = 'PACTE'");
            assertEquals("2.0 2.00 0.50", consommation(s));
            s.execute("UPDATE mission.attribution SET heures = 40 WHERE identifiant = 'CON0000000001' AND dispositif = 'PACTE'");
            assertEquals("2.0 2.00 0.50", consommation(s));

            s.execute("SAVEPOINT p");
            SQLException parts = assertThrows(SQLException.class,
                    () -> s.execute("UPDATE dotation.enveloppe SET parts = 1.5 WHERE uai = '0260001A'"));
            assertTrue(parts.getMessage().contains("enveloppe_parts_attribuees"), parts.getMessage());
            s.execute("ROLLBACK TO SAVEPOINT p");
            SQLException imp = assertThrows(SQLException.class,
                    () -> s.execute("UPDATE dotation.enveloppe SET imp = 0 WHERE uai = '0260001A'"));
            assertTrue(imp.getMessage().contains("enveloppe_imp_attribues"), imp.getMessage());
            s.execute("ROLLBACK TO SAVEPOINT p");
            SQLException trop = assertThrows(SQLException.class, () -> s.execute("""
                    UPDATE mission.attribution SET unites_imp = 3 WHERE modalite = 'DECHARGE'"""));
            assertTrue(trop.getMessage().contains("enveloppe_decharge_attribuee"), trop.getMessage());
            s.execute("ROLLBACK TO SAVEPOINT p");
            SQLException orpheline = assertThrows(SQLException.class, () -> s.execute("""
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                           taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par)
                    VALUES ('2030-2031', '0260002B', 'CON0000000001', 'P2-RCD', 'PACTE', 'SECOND_DEGRE', 1, NULL, 0, 18, '2030-09-01', '2031-06-30', 'ANNUELLE', now(), 't')"""));
            assertTrue(orpheline.getMessage().contains("Aucune enveloppe pour l'établissement 0260002B"), orpheline.getMessage());
            s.execute("ROLLBACK TO SAVEPOINT p");

            s.execute("DELETE FROM mission.attribution WHERE annee_scolaire = '2030-2031'");
            assertEquals("0.0 0.00 0.00", consommation(s));
            c.rollback();
        }
    }

    /**
     * V11 re-created the envelopes' trigger function and V18 the attributions' one: everything V3, V4, V10 and V11
     * maintained must still be maintained. After each path that writes an envelope, a reserve or an attribution, every
     * maintained column is compared with its recomputation from the rows themselves: the distributed amount of each
     * line (parts per voie, IMP with the décharge hours, reserves, and the académique IMP of V18) and of each of its
     * tranches (V36), whose quotas add up to the allocation,
     * {@code total_departement} and the envelopes' consumption (académique IMP never in it).
     */
    @Test
    void everyMaintainedColumnEqualsItsRecomputationAfterEveryWritePath() throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("""
                    INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue) VALUES ('2030-2031', 'VOIE_PRO', 50);
                    INSERT INTO referentiel.departement (code, libelle) VALUES ('073', 'Savoie');
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune, secteur, recherche)
                    VALUES ('0730001C', 'CLG', 'Collège C', '073', 'Chambéry', 'PU', 'c')""");
            String[] chemins = {
                "INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp) VALUES ('2030-2031', '0260002B', 'SECOND_DEGRE', 5, 1)",
                "UPDATE dotation.enveloppe SET parts = 7 WHERE uai = '0260002B'",
                "UPDATE dotation.enveloppe SET imp = 2 WHERE uai = '0260002B'",
                "UPDATE dotation.enveloppe SET imp = imp - 1, decharge_heures = decharge_heures + 1 WHERE uai = '0260001A'",
                "UPDATE dotation.enveloppe SET parts = parts + 1, imp = imp + 0.25 WHERE annee_scolaire = '2030-2031'",
                "UPDATE dotation.enveloppe SET voie = 'VOIE_PRO' WHERE uai = '0260002B'",
                "UPDATE dotation.enveloppe SET uai = '0730001C' WHERE uai = '0260002B'",
                "INSERT INTO dotation.reserve (annee_scolaire, departement_code, parts_second_degre, imp) VALUES ('2030-2031', '026', 3, 1)",
                "UPDATE dotation.reserve SET imp = 0, parts_voie_pro = 2 WHERE departement_code = '026'",
                "DELETE FROM dotation.reserve WHERE departement_code = '026'",
                """
                INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                       taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par)
                VALUES ('2030-2031', '0260001A', 'CON0000000001', 'P2-RCD', 'PACTE', 'SECOND_DEGRE', 2, NULL, 0, 36, '2030-09-01', '2031-06-30', 'ANNUELLE', now(), 't'),
                       ('2030-2031', '0260001A', 'CON0000000002', 'IMP-REF-CULTURE', 'IMP', 'SECOND_DEGRE', NULL, '002', 0.5, NULL, '2030-09-01', '2031-06-30', 'DECHARGE', now(), 't'),
                       ('2030-2031', '0730001C', 'CON0000000002', 'IMP-REF-CULTURE', 'IMP', 'SECOND_DEGRE', NULL, '004', 2, NULL, '2030-09-01', '2031-06-30', 'ANNUELLE', now(), 't')""",
                "UPDATE mission.attribution SET annulee = true WHERE dispositif = 'PACTE'",
                "UPDATE mission.attribution SET annulee = false WHERE dispositif = 'PACTE'",
                "UPDATE mission.attribution SET unites_imp = 1 WHERE uai = '0730001C'",
                "UPDATE mission.attribution SET uai = '0260001A' WHERE uai = '0730001C'",
                "DELETE FROM mission.attribution WHERE dispositif = 'IMP' AND modalite = 'ANNUELLE'",
                """
                INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                       taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par)
                VALUES ('2030-2031', '0260001A', 'CON0000000001', 'IMP-MISSION-ACADEMIQUE', 'IMP', 'ACADEMIQUE', NULL, '003', 1, NULL, '2030-09-01', '2031-06-30', 'ANNUELLE', now(), 't')""",
                "UPDATE mission.attribution SET unites_imp = 0.5, taux_imp = '002' WHERE voie = 'ACADEMIQUE'",
                "UPDATE mission.attribution SET annulee = true WHERE voie = 'ACADEMIQUE'",
                "UPDATE mission.attribution SET annulee = false WHERE voie = 'ACADEMIQUE'",
                "UPDATE mission.attribution SET annulee = true",
                "DELETE FROM mission.attribution",
                "DELETE FROM dotation.enveloppe WHERE uai = '0730001C'",
                // V36: the allocation's own paths share the quotas out again (a line set, raised, lowered, added)
                "UPDATE dotation.allocation SET alloue = alloue + 7.5 WHERE annee_scolaire = '2030-2031'",
                "UPDATE dotation.allocation SET alloue = alloue - 3 WHERE annee_scolaire = '2030-2031'",
                "INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue) VALUES ('2030-2031', 'PREMIER_DEGRE', 12)",
            };
            for (String chemin : chemins) {
                s.execute(chemin);
                assertEquals("", ecarts(s), "après : " + chemin.strip());
            }
            c.rollback();
        }
    }

    /** Every maintained value that differs from its recomputation, one line each; empty when all agree. */
    private static String ecarts(Statement s) throws SQLException {
        return valeur(s, """
                SELECT coalesce(string_agg(ecart, E'\n'), '') FROM (
                  SELECT 'distribue ' || a.ligne || ' = ' || a.distribue || ', attendu ' || x.attendu AS ecart
                    FROM dotation.allocation_etat a
                    CROSS JOIN LATERAL (SELECT
                        (SELECT coalesce(sum(CASE WHEN a.ligne = 'IMP' THEN e.imp + e.decharge_heures
                                                  WHEN e.voie = a.ligne THEN e.parts ELSE 0 END), 0)
                           FROM dotation.enveloppe e WHERE e.annee_scolaire = a.annee_scolaire)
                      + (SELECT coalesce(sum(CASE a.ligne WHEN 'IMP' THEN r.imp WHEN 'PREMIER_DEGRE' THEN r.parts_premier_degre
                                                          WHEN 'SECOND_DEGRE' THEN r.parts_second_degre ELSE r.parts_voie_pro END), 0)
                           FROM dotation.reserve r WHERE r.annee_scolaire = a.annee_scolaire)
                      + (SELECT coalesce(sum(m.unites_imp), 0) FROM mission.attribution m
                          WHERE a.ligne = 'IMP' AND m.annee_scolaire = a.annee_scolaire AND m.voie = 'ACADEMIQUE' AND NOT m.annulee) AS attendu) x
                   WHERE a.distribue <> x.attendu
                  UNION ALL
                  SELECT 'tranche ' || t.ligne || '/' || t.tranche || ' = ' || t.distribue || ', attendu ' || coalesce(r.distribue, 0)
                         || ', quota ' || t.quota
                    FROM dotation.allocation_tranche t
                    LEFT JOIN LATERAL dotation.distribue_recalcule(t.annee_scolaire, t.ligne) r ON r.tranche = t.tranche
                   WHERE t.distribue <> coalesce(r.distribue, 0) OR t.distribue > t.quota
                  UNION ALL
                  SELECT 'quotas ' || a.ligne || ' = ' || (SELECT sum(quota) FROM dotation.allocation_tranche t
                                                         WHERE t.annee_scolaire = a.annee_scolaire AND t.ligne = a.ligne)
                         || ', allocation ' || a.alloue
                    FROM dotation.allocation a
                   WHERE a.alloue IS DISTINCT FROM (SELECT sum(quota) FROM dotation.allocation_tranche t
                                                     WHERE t.annee_scolaire = a.annee_scolaire AND t.ligne = a.ligne)
                  UNION ALL
                  SELECT 'total ' || coalesce(t.departement_code, e.dep) || ' = ' || coalesce(t.parts, 0) || '/' || coalesce(t.imp, 0)
                         || ', attendu ' || coalesce(e.parts, 0) || '/' || coalesce(e.imp, 0)
                    FROM (SELECT annee_scolaire, departement_code, sum(parts) AS parts, sum(imp) AS imp
                            FROM dotation.total_departement GROUP BY 1, 2) t
                    FULL JOIN (SELECT annee_scolaire, substr(uai, 1, 3) AS dep, sum(parts) AS parts, sum(imp) AS imp
                                 FROM dotation.enveloppe GROUP BY 1, 2) e
                      ON e.annee_scolaire = t.annee_scolaire AND e.dep = t.departement_code
                   WHERE coalesce(t.parts, 0) <> coalesce(e.parts, 0) OR coalesce(t.imp, 0) <> coalesce(e.imp, 0)
                  UNION ALL
                  SELECT 'consommation ' || e.uai || ' = ' || e.parts_attribuees || '/' || e.imp_attribues || '/' || e.decharge_attribuee
                         || ', attendu ' || x.parts || '/' || x.imp || '/' || x.decharge
                    FROM dotation.enveloppe e
                    CROSS JOIN LATERAL (SELECT coalesce(sum(a.parts), 0) AS parts,
                                               coalesce(sum(a.unites_imp) FILTER (WHERE a.modalite <> 'DECHARGE'), 0) AS imp,
                                               coalesce(sum(a.unites_imp) FILTER (WHERE a.modalite = 'DECHARGE'), 0) AS decharge
                                          FROM mission.attribution a
                                         WHERE a.annee_scolaire = e.annee_scolaire AND a.uai = e.uai AND NOT a.annulee
                                           AND a.voie <> 'ACADEMIQUE') x
                   WHERE (e.parts_attribuees, e.imp_attribues, e.decharge_attribuee) <> (x.parts, x.imp, x.decharge)) ecarts""");
    }

    private static String consommation(Statement s) throws SQLException {
        return valeur(s, "SELECT parts_attribuees || ' ' || imp_attribues || ' ' || decharge_attribuee"
                + " FROM dotation.enveloppe WHERE annee_scolaire = '2030-2031' AND uai = '0260001A'");
    }

    private static String valeur(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
