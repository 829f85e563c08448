package fr.pacte.database.banc;

import fr.pacte.database.Migrations;
import fr.pacte.database.dev.EmbeddedDatabase;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 20, point 4: does partitioning the operational tables by campaign pay? {@code mission.attribution} and
 * {@code paiement.echeance} are copied twice in a scratch schema from their real definitions (columns, CHECKs, the
 * same indexes): a plain table (the baseline, as today) and a {@code PARTITION BY LIST (annee_scolaire)} one with a
 * partition per campaign (ours). Both get the same generated rows; the application's own queries on these tables, then
 * the removal of a closed campaign, are timed on both with {@link Banc}. Only correctness is asserted (both sides
 * return the same rows); the figures go to {@code BENCHMARK.md}.
 *
 * <pre>./mvnw -B -o test -pl database -Dtest=PartitionCampagneBench -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * {@code -Dpacte.bench.echelle=national}: 500 000 attributions a year over 60 000 établissements instead of one large
 * académie's 100 000 over 1 500 ({@code essai}: 5 000 over 100, to check the bench); {@code -Dpacte.banc.tours=N} rounds (5 for queries, 3 for the removal by default).
 * Named *Bench, so never part of the test command (surefire's default includes are *Test).
 */
class PartitionCampagneBench {

    private static final int CAMPAGNES = 6;
    private static final int PREMIERE_ANNEE = 2020;
    /** The campaign the queries read: the current one. */
    private static final String COURANTE = campagne(CAMPAGNES - 1);
    /** The campaign removed from the hot tables: the oldest, closed. */
    private static final String CLOSE = campagne(0);
    private static final int MOIS_VERSES = 9;

    private final String echelle = System.getProperty("pacte.bench.echelle", "academie");
    private final boolean national = "national".equals(echelle);
    // "essai": a few seconds, to check the bench itself
    private final int attributionsParCampagne = national ? 500_000 : "essai".equals(echelle) ? 5_000 : 100_000;
    private final int etablissements = national ? 60_000 : "essai".equals(echelle) ? 100 : 1_500;
    private final Banc banc = new Banc("partition", Banc.tours(5));
    private final Path resume = Path.of("target", "bench", "academie".equals(echelle) ? "partition.txt"
            : "partition-" + echelle + ".txt");

    /** Our side and the baseline: the same two tables, partitioned or not. */
    private record Tables(String attribution, String echeance) {
        String sql(String modele) {
            return modele.replace("{a}", attribution).replace("{e}", echeance);
        }
    }

    private static final Tables PARTITIONNEES = new Tables("banc.attribution_partitionnee", "banc.echeance_partitionnee");
    private static final Tables SIMPLES = new Tables("banc.attribution_simple", "banc.echeance_simple");

    /** A read the application does, with the parameters of each execution timed together. */
    private record Lecture(String nom, List<String> sql, List<Object[]> parametres) {
    }

    @Test
    void partitionnerParCampagne() throws Exception {
        Path donnees = Path.of("target", "bench", "pg-partition").toAbsolutePath();
        try (EmbeddedDatabase base = EmbeddedDatabase.start(portLibre(), donnees, false, Map.of(
                "maintenance_work_mem", "512MB", "max_wal_size", "8GB",
                // the bench analyses explicitly: no autovacuum starting in the middle of a round
                "autovacuum", "off"))) {
            Files.deleteIfExists(resume);
            Migrations.migrate(base.dataSource());
            DataSource ds = base.dataSource();
            banc.ecrire(String.format(Locale.ROOT, "échelle %s : %d campagnes × %d attributions sur %d établissements,"
                            + " %d échéances envoyées par attribution non annulée ; charge : %s",
                    echelle, CAMPAGNES, attributionsParCampagne, etablissements,
                    MOIS_VERSES, charge()));
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                double remplissage = Banc.chrono(() -> remplir(s));
                banc.ecrire(String.format(Locale.ROOT, "tables remplies et analysées en %.0f s : %s", remplissage / 1000,
                        String.join(", ", lignes(s, """
                                SELECT relname || ' ' || pg_size_pretty(coalesce((SELECT sum(pg_total_relation_size(relid))
                                                    FROM pg_partition_tree(c.oid)), pg_total_relation_size(c.oid)))
                                  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                 WHERE n.nspname = 'banc' AND c.relkind IN ('r', 'p') AND relname NOT LIKE '%\\_20%'
                                 ORDER BY relname""", List.of()))));
                banc.enregistrer(resume);
                List<Lecture> lectures = lectures();
                for (Lecture l : lectures) {
                    comparer(c, l);
                }
                // 2a's screen does not filter out cancelled rows, so no partial index serves it: is partitioning or a
                // plain index the remedy? The same screen again, with an index (annee_scolaire, uai) on both sides.
                for (Tables t : List.of(PARTITIONNEES, SIMPLES)) {
                    s.execute(t.sql("CREATE INDEX ON {a} (annee_scolaire, uai)"));
                    s.execute(t.sql("ANALYZE {a}"));
                }
                Lecture ecran = lectures.get(1);
                comparer(c, new Lecture("2c " + ecran.nom().substring(3) + ", avec un index (annee_scolaire, uai) entier",
                        ecran.sql(), ecran.parametres()));
                archiver(s);
            }
        }
    }

    private List<Lecture> lectures() {
        List<Object[]> courante = List.<Object[]>of(new Object[]{COURANTE});
        List<Object[]> vingtEtablissements = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            vingtEtablissements.add(new Object[]{COURANTE, uai(i * (etablissements / 20) + 7)});
        }
        int annee = PREMIERE_ANNEE + CAMPAGNES - 1;
        return List.of(
                // SqlConsolidation's totals, grouped by établissement and mission (the joins to the référentiel aside)
                new Lecture("1 consolidation d'une campagne (GROUP BY uai, mission)", List.of("""
                        SELECT uai, code_mission, count(*), count(DISTINCT identifiant), coalesce(sum(parts), 0),
                               sum(CASE WHEN modalite <> 'DECHARGE' THEN unites_imp ELSE 0 END), sum(heures), sum(montant)
                          FROM {a} WHERE NOT annulee AND annee_scolaire = ? GROUP BY uai, code_mission
                         ORDER BY uai, code_mission"""), courante),
                // JpaAttributionRepository.lister and compter: the établissement's screen (no annulee filter)
                new Lecture("2a écran d'un établissement, page et nombre (×20 établissements)", List.of("""
                        SELECT id, identifiant, code_mission, parts, unites_imp, montant
                          FROM {a} WHERE annee_scolaire = ? AND uai = ? ORDER BY id LIMIT 50""",
                        "SELECT count(*) FROM {a} WHERE annee_scolaire = ? AND uai = ?"), vingtEtablissements),
                // JpaAttributionRepository.consommation: the partial index (annee_scolaire, uai) WHERE NOT annulee
                new Lecture("2b consommation d'un établissement (×20 établissements)", List.of("""
                        SELECT coalesce(sum(parts), 0), sum(CASE WHEN modalite <> 'DECHARGE' THEN unites_imp ELSE 0 END),
                               sum(CASE WHEN modalite = 'DECHARGE' THEN unites_imp ELSE 0 END)
                          FROM {a} WHERE annee_scolaire = ? AND uai = ? AND NOT annulee AND voie <> 'ACADEMIQUE'"""),
                        vingtEtablissements),
                new Lecture("3a échéances envoyées d'un mois d'une campagne", List.of("""
                        SELECT count(*), sum(montant), count(DISTINCT uai)
                          FROM {e} WHERE annee_scolaire = ? AND mois = ? AND execution_id IS NOT NULL"""),
                        List.<Object[]>of(new Object[]{COURANTE, java.sql.Date.valueOf(annee + 1 + "-01-01")})),
                // paiement.a_verser's E set: what payroll received, per attribution, over the campaign
                new Lecture("3b lecture de la paie : envoyé par attribution sur la campagne", List.of("""
                        SELECT count(*), sum(s) FROM (SELECT attribution_id, sum(montant) AS s FROM {e}
                         WHERE annee_scolaire = ? AND execution_id IS NOT NULL GROUP BY attribution_id) x"""), courante),
                // JpaEcheanceRepository.envoyesParMois: the payment screen's sent totals
                new Lecture("3c totaux envoyés par mois d'une campagne", List.of("""
                        SELECT mois, count(*), sum(montant), sum(CASE WHEN regularisation THEN montant ELSE 0 END)
                          FROM {e} WHERE annee_scolaire = ? AND execution_id IS NOT NULL GROUP BY mois ORDER BY mois"""),
                        courante),
                // JpaEcheanceRepository.LIGNES_FICHIER: a month's file, read by execution without naming the campaign
                new Lecture("3d fichier d'un mois par execution_id (campagne non nommée)", List.of("""
                        SELECT count(*), sum(montant) FROM {e} WHERE execution_id = ?"""),
                        List.<Object[]>of(new Object[]{execution(CAMPAGNES - 1, 3)})));
    }

    private void comparer(Connection c, Lecture l) throws Exception {
        Banc operation = new Banc("partition " + l.nom().substring(0, 2).strip(), Banc.tours(5));
        operation.ecrire(l.nom() + " (objectif : la partitionnée pas plus lente)");
        for (String sql : l.sql()) {
            operation.ecrire("plan de « " + premiereLigne(sql) + " » : partitionnée "
                    + plan(c, PARTITIONNEES.sql(sql), l.parametres().get(0))
                    + " | simple " + plan(c, SIMPLES.sql(sql), l.parametres().get(0)));
        }
        List<List<String>> resultats = new ArrayList<>(List.of(List.of(), List.of()));
        Banc.Resultat r = operation.comparer("partitionnée", () -> lire(c, PARTITIONNEES, l, resultats, 0),
                "simple", () -> lire(c, SIMPLES, l, resultats, 1), 1);
        assertEquals(resultats.get(1), resultats.get(0), l.nom() + " : les deux côtés rendent les mêmes lignes");
        operation.ecrire(String.format(Locale.ROOT, "   %d lignes rendues, identiques des deux côtés ; rapport %.2f×",
                resultats.get(0).size(), r.rapport()));
        operation.enregistrer(resume);
    }

    private static double lire(Connection c, Tables t, Lecture l, List<List<String>> resultats, int cote) throws Exception {
        List<String> lues = new ArrayList<>();
        double ms = Banc.chrono(() -> {
            for (Object[] p : l.parametres()) {
                for (String sql : l.sql()) {
                    lues.addAll(lignes(c, t.sql(sql), Arrays.asList(p)));
                }
            }
        });
        resultats.set(cote, lues);
        return ms;
    }

    /**
     * 4: the closed campaign leaves the hot tables. Plain table: {@code DELETE … WHERE annee_scolaire = ?} (then a
     * VACUUM, timed apart); partitioned: {@code DETACH PARTITION} then {@code DROP} (the detached table could as well be
     * kept or dumped). The campaign is put back, untimed, before every round.
     */
    private void archiver(Statement s) throws Exception {
        s.execute("CREATE TABLE banc.sauve_attribution AS SELECT * FROM banc.attribution_simple WHERE annee_scolaire = '" + CLOSE + "'");
        s.execute("CREATE TABLE banc.sauve_echeance AS SELECT * FROM banc.echeance_simple WHERE annee_scolaire = '" + CLOSE + "'");
        List<Double> vacuums = new ArrayList<>();
        Banc archivage = new Banc("partition 4", Banc.tours(3));
        archivage.ecrire("4 retrait de la campagne close " + CLOSE + " des deux tables (objectif : la partitionnée pas plus lente)");
        Banc.Resultat r = archivage.comparer("DETACH + DROP", () -> {
            remettre(s, PARTITIONNEES, true);
            return enTransaction(s, "ALTER TABLE " + PARTITIONNEES.echeance() + " DETACH PARTITION " + partition(PARTITIONNEES.echeance(), 0),
                    "DROP TABLE " + partition(PARTITIONNEES.echeance(), 0),
                    "ALTER TABLE " + PARTITIONNEES.attribution() + " DETACH PARTITION " + partition(PARTITIONNEES.attribution(), 0),
                    "DROP TABLE " + partition(PARTITIONNEES.attribution(), 0));
        }, "DELETE", () -> {
            remettre(s, SIMPLES, false);
            double ms = enTransaction(s, "DELETE FROM " + SIMPLES.echeance() + " WHERE annee_scolaire = '" + CLOSE + "'",
                    "DELETE FROM " + SIMPLES.attribution() + " WHERE annee_scolaire = '" + CLOSE + "'");
            vacuums.add(Banc.chrono(() -> s.execute("VACUUM " + SIMPLES.echeance() + ", " + SIMPLES.attribution())));
            return ms;
        }, 1);
        for (Tables t : List.of(PARTITIONNEES, SIMPLES)) {
            assertEquals(List.of(), lignes(s.getConnection(), t.sql(
                    "SELECT annee_scolaire FROM {a} WHERE annee_scolaire = ? UNION ALL SELECT annee_scolaire FROM {e} WHERE annee_scolaire = ?"),
                    List.of(CLOSE, CLOSE)), "la campagne close est partie");
        }
        assertEquals(lignes(s.getConnection(), SIMPLES.sql(RECAPITULATIF), List.of()),
                lignes(s.getConnection(), PARTITIONNEES.sql(RECAPITULATIF), List.of()), "les autres campagnes restent, identiques");
        archivage.ecrire(String.format(Locale.ROOT, "   le DELETE laisse des lignes mortes : VACUUM ensuite %s ms (médiane %.0f ms), non compté ;"
                + " rapport %.2f×", vacuums.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList(),
                Banc.mediane(vacuums), r.rapport()));
        archivage.ecrire("charge à la fin : " + charge());
        archivage.enregistrer(resume);
    }

    private static final String RECAPITULATIF = """
            SELECT annee_scolaire, count(*), sum(montant) FROM {a} GROUP BY 1
            UNION ALL SELECT annee_scolaire, count(*), sum(montant) FROM {e} GROUP BY 1 ORDER BY 1, 2""";

    /** Puts the closed campaign back if a round removed it, then vacuums and analyses (untimed). */
    private static void remettre(Statement s, Tables t, boolean partitionnee) throws SQLException {
        if (!lignes(s.getConnection(), t.sql("SELECT 1 FROM {a} WHERE annee_scolaire = ? LIMIT 1"), List.of(CLOSE)).isEmpty()) {
            return;
        }
        if (partitionnee) {
            s.execute(partitionDe(t.attribution(), 0));
            s.execute(partitionDe(t.echeance(), 0));
        }
        s.execute("INSERT INTO " + t.attribution() + " SELECT * FROM banc.sauve_attribution");
        s.execute("INSERT INTO " + t.echeance() + " SELECT * FROM banc.sauve_echeance");
        s.execute("VACUUM ANALYZE " + t.attribution() + ", " + t.echeance());
    }

    private static double enTransaction(Statement s, String... ordres) throws Exception {
        Connection c = s.getConnection();
        return Banc.chrono(() -> {
            c.setAutoCommit(false);
            try {
                for (String ordre : ordres) {
                    s.execute(ordre);
                }
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    // ---- the scratch tables

    private void remplir(Statement s) throws SQLException {
        s.execute("CREATE SCHEMA banc");
        for (Tables t : List.of(SIMPLES, PARTITIONNEES)) {
            boolean partitionnee = t == PARTITIONNEES;
            creer(s, "mission.attribution", t.attribution(), partitionnee);
            creer(s, "paiement.echeance", t.echeance(), partitionnee);
        }
        // rows in the order the application writes them: a campaign's attributions, then its months one by one
        s.execute(String.format(Locale.ROOT, """
                INSERT INTO banc.attribution_simple (id, annee_scolaire, uai, identifiant, code_mission, dispositif, voie,
                       parts, taux_imp, unites_imp, heures, date_debut, date_fin, modalite, annulee, creee_le, creee_par,
                       version, montant)
                SELECT c * %1$d + i + 1, (%3$d + c) || '-' || (%3$d + c + 1), 'E' || lpad((i %% %2$d)::text, 7, '0'),
                       'P' || lpad((i / 2)::text, 8, '0'), 'M' || (i %% 40), CASE WHEN i %% 3 = 0 THEN 'IMP' ELSE 'PACTE' END,
                       (ARRAY['GT', 'VOIE_PRO', 'COLLEGE'])[1 + i %% 3], CASE WHEN i %% 3 = 0 THEN NULL ELSE 1 + (i %% 4) * 0.5 END,
                       CASE WHEN i %% 3 = 0 THEN '001' END, CASE WHEN i %% 3 = 0 THEN 1 ELSE 0 END, 18 + i %% 12,
                       make_date(%3$d + c, 9, 1), make_date(%3$d + c + 1, 6, 30), 'ANNUELLE', i %% 50 = 0,
                       make_timestamptz(%3$d + c, 9, 15, 8, 0, 0), 'banc', 0, 1250 * (1 + i %% 4)
                  FROM generate_series(0, %4$d) c, generate_series(0, %1$d - 1) i ORDER BY c, i""",
                attributionsParCampagne, etablissements, PREMIERE_ANNEE, CAMPAGNES - 1));
        s.execute(String.format(Locale.ROOT, """
                INSERT INTO banc.echeance_simple (id, attribution_id, annee_scolaire, mois, montant, regularisation,
                       execution_id, identifiant, uai, dispositif, code_mission, taux, nom, prenom)
                SELECT a.id * %1$d + k, a.id, a.annee_scolaire, (date_trunc('month', a.date_debut) + (k + 1) * interval '1 month')::date,
                       round(a.montant / %1$d, 2), false, (left(a.annee_scolaire, 4)::int - %2$d) * %1$d + k + 1, a.identifiant,
                       a.uai, a.dispositif, a.code_mission, coalesce(a.taux_imp, a.parts::text), 'NOM' || a.id, 'Prénom'
                  FROM banc.attribution_simple a, generate_series(0, %1$d - 1) k
                 WHERE NOT a.annulee ORDER BY a.annee_scolaire, k, a.id""", MOIS_VERSES, PREMIERE_ANNEE));
        s.execute("INSERT INTO banc.attribution_partitionnee SELECT * FROM banc.attribution_simple ORDER BY id");
        s.execute("INSERT INTO banc.echeance_partitionnee SELECT * FROM banc.echeance_simple");
        for (Tables t : List.of(SIMPLES, PARTITIONNEES)) {
            indexer(s, "mission.attribution", t.attribution(), t == PARTITIONNEES);
            indexer(s, "paiement.echeance", t.echeance(), t == PARTITIONNEES);
        }
        s.execute("VACUUM ANALYZE banc.attribution_simple, banc.echeance_simple, banc.attribution_partitionnee,"
                + " banc.echeance_partitionnee");
        for (int c = 0; c < CAMPAGNES; c++) {
            s.execute("VACUUM ANALYZE " + partition(PARTITIONNEES.attribution(), c) + ", " + partition(PARTITIONNEES.echeance(), c));
        }
    }

    /** The real table's columns, defaults and CHECKs (no foreign key: both copies alike), partitioned or not. */
    private static void creer(Statement s, String reelle, String copie, boolean partitionnee) throws SQLException {
        s.execute("CREATE TABLE " + copie + " (LIKE " + reelle + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS)"
                + (partitionnee ? " PARTITION BY LIST (annee_scolaire)" : ""));
        if (partitionnee) {
            for (int c = 0; c < CAMPAGNES; c++) {
                s.execute(partitionDe(copie, c));
            }
        }
    }

    /**
     * The real table's indexes, as pg_indexes states them, on the copy (created after the load). A partitioned table's
     * primary key must hold the partition key: (id, annee_scolaire) there — a foreign key to it would have to name both.
     */
    private static void indexer(Statement s, String reelle, String copie, boolean partitionnee) throws SQLException {
        String[] nom = reelle.split("\\.");
        List<String> definitions = lignes(s.getConnection(), """
                SELECT indexdef FROM pg_indexes i JOIN pg_index x ON x.indexrelid = (i.schemaname || '.' || i.indexname)::regclass
                 WHERE i.schemaname = ? AND i.tablename = ? AND NOT x.indisprimary ORDER BY i.indexname""",
                List.of(nom[0], nom[1]));
        String prefixe = copie.substring(copie.indexOf('.') + 1);
        for (String definition : definitions) {
            s.execute(definition.replaceFirst("INDEX (\\S+) ON (ONLY )?\\S+ ", "INDEX " + prefixe + "_$1 ON " + copie + " "));
        }
        s.execute("ALTER TABLE " + copie + " ADD PRIMARY KEY (id" + (partitionnee ? ", annee_scolaire)" : ")"));
    }

    private static String partitionDe(String parent, int campagne) {
        return "CREATE TABLE " + partition(parent, campagne) + " PARTITION OF " + parent + " FOR VALUES IN ('"
                + campagne(campagne) + "')";
    }

    private static String partition(String parent, int campagne) {
        return parent + "_" + (PREMIERE_ANNEE + campagne);
    }

    private static String campagne(int n) {
        return (PREMIERE_ANNEE + n) + "-" + (PREMIERE_ANNEE + n + 1);
    }

    private static String uai(int n) {
        return "E" + String.format(Locale.ROOT, "%07d", n);
    }

    private static long execution(int campagne, int mois) {
        return (long) campagne * MOIS_VERSES + mois + 1;
    }

    // ---- JDBC

    /** Every row as one string of its columns. */
    private static List<String> lignes(Connection c, String sql, List<Object> parametres) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parametres.size(); i++) {
                ps.setObject(i + 1, parametres.get(i));
            }
            List<String> lignes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder l = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        l.append(i > 1 ? " | " : "").append(rs.getString(i));
                    }
                    lignes.add(l.toString());
                }
            }
            return lignes;
        }
    }

    private static List<String> lignes(Statement s, String sql, List<Object> parametres) throws SQLException {
        return lignes(s.getConnection(), sql, parametres);
    }

    /** The plan's nodes, without costs: what is scanned, pruned or not. */
    private static String plan(Connection c, String sql, Object[] parametres) throws SQLException {
        return String.join(" / ", lignes(c, "EXPLAIN (COSTS OFF) " + sql, Arrays.asList(parametres)).stream()
                .map(String::strip).filter(l -> l.startsWith("->") || !l.contains(":"))
                .map(l -> l.replaceFirst("^-> *", "")).toList());
    }

    private static String premiereLigne(String sql) {
        String l = sql.strip().replaceAll("\\s+", " ");
        return l.length() > 60 ? l.substring(0, 60) + "…" : l;
    }

    private static String charge() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "inconnue";
        }
    }

    private static int portLibre() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
