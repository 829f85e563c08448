package fr.pacte.entrepot.infrastructure;

import fr.pacte.database.Migrations;
import fr.pacte.database.dev.EmbeddedDatabase;
import fr.pacte.entrepot.chargement.Unite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ETL's unit of a département (one transaction per département, so that a load is restartable) writes that
 * département's personnels only, and reads them by index: the benchmark found each of the 96 units reading every
 * personnel of the year ({@link SqlChargement#PERSONNELS_DU_DEPARTEMENT}). An open year reads {@code personnel}, a
 * closed one its snapshot {@code personnel_annee} (V26, index V38).
 */
class ChargementParDepartementTest {

    private static final String OUVERTE = "2045-2046";
    private static final String CLOSE = "2044-2045";
    private static final CleEntrepot CLE = CleEntrepot.de("clé du test du chargement par département".getBytes(StandardCharsets.UTF_8));

    private static EmbeddedDatabase database;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        database = EmbeddedDatabase.start(port, Files.createTempDirectory("pacte-pg-").resolve("data"), false);
        Migrations.migrate(database.dataSource());
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO referentiel.departement (code, libelle) VALUES ('026', 'Drôme'), ('007', 'Ardèche');
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune, secteur, recherche)
                    SELECT d || lpad(k::text, 4, '0') || 'A', 'CLG', 'Collège ' || k, d, 'Commune', 'PU', 'college ' || k
                      FROM unnest(ARRAY['026', '007']) d, generate_series(1, 40) k;
                    -- three personnels in the Drôme for one in the Ardèche
                    INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps,
                                                       discipline, uai_affectation, recherche)
                    SELECT 'CPD' || lpad(i::text, 6, '0'), 'Mme', 'Nom', 'Prénom', 'F', '1980-01-01', 'CERTIFIE', '',
                           CASE WHEN i % 4 = 0 THEN '007' ELSE '026' END || lpad((1 + i % 40)::text, 4, '0') || 'A', 'nom'
                      FROM generate_series(1, 4000) i;
                    INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut)
                    VALUES ('2044-2045', '2044-09-01', '2045-08-31', 'PREPARATION'),
                           ('2045-2046', '2045-09-01', '2046-08-31', 'PREPARATION');
                    """);
            // closing takes the year's snapshot (V26), which a reload of the year then reads
            s.execute("UPDATE referentiel.campagne SET statut = 'CLOSE' WHERE annee_scolaire = '" + CLOSE + "'");
            s.execute("ANALYZE");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void eachDepartementUnitWritesItsOwnPersonnels() throws Exception {
        for (String annee : List.of(OUVERTE, CLOSE)) {
            try (Connection c = database.dataSource().getConnection()) {
                c.setAutoCommit(false);
                for (Unite u : SqlChargement.unites(c, List.of(annee))) {
                    SqlChargement.charger(c, u, CLE);
                    c.commit();
                }
            }
            assertEquals(Map.of("007", 1000L, "026", 3000L), parDepartement(annee), annee);
        }
    }

    @Test
    void aDepartementUnitReadsItsPersonnelsByIndexOpenOrClosed() throws Exception {
        for (String annee : List.of(OUVERTE, CLOSE)) {
            String plan = planDesPersonnels(annee, "007");
            // the département's établissements as an index condition, not a scan of the year filtered by a join
            assertTrue(plan.lines().anyMatch(l -> l.contains("Index Cond") && l.contains("uai_affectation)::text = ANY")),
                    annee + "\n" + plan);
            assertTrue(plan.contains(annee.equals(CLOSE) ? "personnel_annee_affectation" : "personnel_affectation"),
                    annee + "\n" + plan);
        }
    }

    /** The unit's statement writing dim_personnel, its parameters written in, planned with scans discouraged. */
    private static String planDesPersonnels(String annee, String departement) throws SQLException {
        String sql = SqlChargement.requetesDepartement().stream().filter(q -> q.contains("INSERT INTO entrepot.dim_personnel"))
                .findFirst().orElseThrow().replace("?1", "'" + annee + "'").replace("?2", "'" + departement + "'")
                .replace("?3", "'\\x36'::bytea").replace("?4", "'\\x5c'::bytea");
        StringBuilder b = new StringBuilder();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            // a few thousand rows: PostgreSQL may rightly prefer a scan here; what is checked is that the index can serve
            s.execute("SET enable_seqscan = off");
            try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
                while (rs.next()) {
                    b.append(rs.getString(1)).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static Map<String, Long> parDepartement(String annee) throws SQLException {
        Map<String, Long> n = new TreeMap<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT departement_code, count(*) FROM entrepot.dim_personnel"
                     + " WHERE annee_scolaire = '" + annee + "' GROUP BY 1")) {
            while (rs.next()) {
                n.put(rs.getString(1), rs.getLong(2));
            }
        }
        return n;
    }
}
