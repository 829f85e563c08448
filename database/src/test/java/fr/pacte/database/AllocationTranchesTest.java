package fr.pacte.database;

import fr.pacte.database.dev.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V36 (issue 19, point 4): an allocation line's distributed amount in 16 tranches with quotas. Connected as the
 * server's role: the budget still holds for the whole line, edits of envelopes in different tranches no longer wait
 * for each other, and the quotas are the database's own. Campaign 2061-2062 and département 061 of its own.
 */
class AllocationTranchesTest {

    private static final String ANNEE = "2061-2062";
    private static final String VERROU_INDISPONIBLE = "55P03";
    private static EmbeddedDatabase database;
    /** 40 collèges of the Orne, UAI 06100nnX. */
    private static final List<String> UAIS = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.start(MigrationsTest.freePort(), Files.createTempDirectory("pacte-pg-").resolve("data"), false);
        Migrations.migrate(database.dataSource());
        String lettres = "ABCDEFGHJKLMNPRSTUVWXYZ";
        StringBuilder etablissements = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            String n = String.format("06100%02d", i);
            String uai = n + lettres.charAt(Integer.parseInt(n) % 23);
            UAIS.add(uai);
            etablissements.append(i == 1 ? "" : ",").append("('").append(uai).append("', 'CLG', 'Collège ").append(i)
                    .append("', '061', 'Alençon', 'PU', 'college')");
        }
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.departement (code, libelle) VALUES ('061', 'Orne')");
            s.execute("INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune,"
                    + " secteur, recherche) VALUES " + etablissements);
            s.execute("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut)"
                    + " VALUES ('" + ANNEE + "', '2061-09-01', '2062-08-31', 'PREPARATION')");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    /** A line's quotas add up to its allocation; one envelope may take nearly all of it; one part more is refused. */
    @Test
    void uneEnveloppePrendToutCeQueLaLigneLaisseEtPasUnePartDePlus() throws Exception {
        try (Connection c = database.dataSourceServeur().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue) VALUES ('" + ANNEE + "', 'SECOND_DEGRE', 100)");
            assertEquals("16 100.00 0.00", valeur(s, "SELECT count(*) || ' ' || sum(quota) || ' ' || sum(distribue)"
                    + " FROM dotation.allocation_tranche WHERE annee_scolaire = '" + ANNEE + "'"));
            // 90 parts in one tranche whose first quota was 6.25: the line's slack is shared out again
            s.execute(enveloppe(UAIS.get(0), "90"));
            s.execute(enveloppe(UAIS.get(1), "9.5"));
            assertEquals("99.50 100.00", valeur(s, "SELECT distribue || ' ' || alloue FROM dotation.allocation_etat"
                    + " WHERE annee_scolaire = '" + ANNEE + "'"));
            assertEquals("100.00", valeur(s, "SELECT sum(quota) FROM dotation.allocation_tranche WHERE annee_scolaire = '" + ANNEE + "'"));
            s.execute("SAVEPOINT p");
            PSQLException refus = assertThrows(PSQLException.class, () -> s.execute(enveloppe(UAIS.get(2), "1")));
            assertEquals("23514", refus.getSQLState());
            assertEquals("allocation_non_depassee", refus.getServerErrorMessage().getConstraint());
            // what the application turns into « il reste 0,5 parts à distribuer, la modification en demande 1 »
            assertEquals("SECOND_DEGRE;0.50;1.0", refus.getServerErrorMessage().getDetail());
            s.execute("ROLLBACK TO SAVEPOINT p");
            s.execute(enveloppe(UAIS.get(2), "0.5"));
            // the allocation cannot go below what is distributed, and may go down to it
            s.execute("SAVEPOINT q");
            refus = assertThrows(PSQLException.class, () -> s.execute("UPDATE dotation.allocation SET alloue = 99.5"
                    + " WHERE annee_scolaire = '" + ANNEE + "'"));
            assertEquals("allocation_non_depassee", refus.getServerErrorMessage().getConstraint());
            s.execute("ROLLBACK TO SAVEPOINT q");
            s.execute("UPDATE dotation.allocation SET alloue = 150 WHERE annee_scolaire = '" + ANNEE + "'");
            assertEquals("150.00 0", valeur(s, "SELECT sum(quota) || ' ' || count(*) FILTER (WHERE distribue > quota)"
                    + " FROM dotation.allocation_tranche WHERE annee_scolaire = '" + ANNEE + "'"));
            c.rollback();
        }
    }

    /** Only the database's functions set quotas: the server's role may not, nor add or remove a tranche. */
    @Test
    void leServeurNeFixePasLesQuotas() throws Exception {
        try (Connection c = database.dataSourceServeur().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue) VALUES ('" + ANNEE + "', 'IMP', 10)");
            for (String sql : List.of(
                    "UPDATE dotation.allocation_tranche SET quota = quota + 1000 WHERE annee_scolaire = '" + ANNEE + "'",
                    "DELETE FROM dotation.allocation_tranche WHERE annee_scolaire = '" + ANNEE + "'",
                    "INSERT INTO dotation.allocation_tranche (annee_scolaire, ligne, tranche, quota) VALUES ('" + ANNEE + "', 'IMP', 0, 1000)")) {
                s.execute("SAVEPOINT p");
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertEquals("42501", e.getSQLState(), sql);
                s.execute("ROLLBACK TO SAVEPOINT p");
            }
            c.rollback();
        }
    }

    /**
     * The point of the tranches: while one edit holds its envelope's tranche, an edit of an envelope in another
     * tranche of the same line goes through without waiting; one in the same tranche waits (lock_timeout says so).
     */
    @Test
    void deuxEditionsDeLaMemeLigneNeSAttendentQueSiEllesPartagentUneTranche() throws Exception {
        try (Connection c = database.dataSourceServeur().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue) VALUES ('" + ANNEE + "', 'VOIE_PRO', 1000)");
            for (String uai : UAIS) {
                s.execute("INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts) VALUES ('" + ANNEE + "', '" + uai
                        + "', 'VOIE_PRO', 1)");
            }
        }
        String premier = UAIS.get(0);
        String memeTranche = autre(premier, "=");
        String autreTranche = autre(premier, "<>");
        assertTrue(memeTranche != null && autreTranche != null, "40 UAI en 16 tranches");
        try (Connection a = database.dataSourceServeur().getConnection(); Statement sa = a.createStatement();
             Connection b = database.dataSourceServeur().getConnection(); Statement sb = b.createStatement()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            sa.execute(plusUn(premier));
            sb.execute("SET LOCAL lock_timeout = '2s'");
            sb.execute(plusUn(autreTranche));
            sb.execute("SAVEPOINT p");
            SQLException attente = assertThrows(SQLException.class, () -> sb.execute(plusUn(memeTranche)));
            assertEquals(VERROU_INDISPONIBLE, attente.getSQLState(), attente.getMessage());
            sb.execute("ROLLBACK TO SAVEPOINT p");
            a.commit();
            b.commit();
        }
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertEquals("42.00", valeur(s, "SELECT distribue FROM dotation.allocation_etat WHERE annee_scolaire = '" + ANNEE
                    + "' AND ligne = 'VOIE_PRO'"));
            s.execute("DELETE FROM dotation.enveloppe WHERE annee_scolaire = '" + ANNEE + "'");
            s.execute("DELETE FROM dotation.allocation WHERE annee_scolaire = '" + ANNEE + "'");
        }
    }

    /**
     * The lock order under load: 8 sessions of the server's role change envelopes of two lines at once (parts of the
     * voie professionnelle and IMP, in one statement: the trigger takes the voie's tranche then IMP's) with a slack of
     * a few parts, so that quotas run dry and lines are shared out again all the time. No deadlock, only refusals of
     * the allocation, and at the end each line's tranches add up to its envelopes and stay within the allocation.
     */
    @Test
    void desEditionsConcurrentesAvecReequilibragesNeSInterbloquentPas() throws Exception {
        String annee = "2062-2063";
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut)"
                    + " VALUES ('" + annee + "', '2062-09-01', '2063-08-31', 'PREPARATION')");
            s.execute("INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue) VALUES ('" + annee + "', 'VOIE_PRO', 50),"
                    + " ('" + annee + "', 'IMP', 12.5)");
            for (String uai : UAIS) {
                s.execute("INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp) VALUES ('" + annee + "', '"
                        + uai + "', 'VOIE_PRO', 1, 0.25)");
            }
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.atomic.AtomicInteger refus = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<String>> sessions = new ArrayList<>();
        for (int u = 0; u < 8; u++) {
            java.util.Random hasard = new java.util.Random(u);
            sessions.add(pool.submit(() -> {
                try (Connection c = database.dataSourceServeur().getConnection(); Statement s = c.createStatement()) {
                    for (int k = 0; k < 150; k++) {
                        String uai = UAIS.get(hasard.nextInt(UAIS.size()));
                        int signe = hasard.nextBoolean() ? 1 : -1;
                        try {
                            s.execute("UPDATE dotation.enveloppe SET parts = greatest(0, parts + " + signe + "),"
                                    + " imp = greatest(0, imp + " + signe + " * 0.25) WHERE annee_scolaire = '" + annee
                                    + "' AND uai = '" + uai + "'");
                        } catch (SQLException e) {
                            if (!"23514".equals(e.getSQLState())) {
                                return e.getSQLState() + " " + e.getMessage();
                            }
                            refus.incrementAndGet();
                        }
                    }
                }
                return "";
            }));
        }
        for (java.util.concurrent.Future<String> f : sessions) {
            assertEquals("", f.get(120, java.util.concurrent.TimeUnit.SECONDS), "ni interblocage ni autre erreur");
        }
        pool.shutdown();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertEquals("0", valeur(s, """
                    SELECT count(*) FROM dotation.allocation_etat a
                     WHERE a.annee_scolaire = '%1$s' AND (a.distribue > a.alloue OR a.distribue <> (
                           SELECT CASE a.ligne WHEN 'IMP' THEN sum(imp) ELSE sum(parts) END FROM dotation.enveloppe
                            WHERE annee_scolaire = '%1$s'))""".formatted(annee)));
            assertEquals("0", valeur(s, "SELECT count(*) FROM dotation.allocation_tranche WHERE annee_scolaire = '" + annee
                    + "' AND distribue > quota"));
            s.execute("DELETE FROM dotation.enveloppe WHERE annee_scolaire = '" + annee + "'");
            s.execute("DELETE FROM dotation.allocation WHERE annee_scolaire = '" + annee + "'");
        }
        assertTrue(refus.get() > 0, "l'allocation a été atteinte : " + refus.get() + " refus");
    }

    /** The first other envelope whose tranche is ({@code =}) or is not ({@code <>}) that of {@code uai}. */
    private static String autre(String uai, String comparaison) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            return valeur(s, "SELECT u FROM unnest(ARRAY['" + String.join("','", UAIS) + "']) u WHERE u <> '" + uai
                    + "' AND dotation.tranche(u) " + comparaison + " dotation.tranche('" + uai + "') ORDER BY u LIMIT 1");
        }
    }

    private static String plusUn(String uai) {
        return "UPDATE dotation.enveloppe SET parts = parts + 1 WHERE annee_scolaire = '" + ANNEE + "' AND uai = '" + uai + "'";
    }

    private static String enveloppe(String uai, String parts) {
        return "INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts) VALUES ('" + ANNEE + "', '" + uai
                + "', 'SECOND_DEGRE', " + parts + ")";
    }

    private static String valeur(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
