package fr.pacte.database.sauvegarde;

import fr.pacte.database.Migrations;
import fr.pacte.database.demo.DemoAcademie;
import fr.pacte.database.demo.Taille;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, point 3: an online base backup of the embedded server, WAL archived continuously, the database dropped by
 * mistake, then restored to the instant before the mistake. Every table — row count and content, the closed
 * payment files byte for byte — is as it was at that instant, including what was written after the base backup
 * (read back from the archived WAL), and nothing written after the instant.
 */
class SauvegardeTest {

    @Test
    void aDroppedDatabaseIsRestoredToTheInstantBeforeTheMistake() throws Exception {
        Path racine = Files.createTempDirectory("pacte-sauvegarde-");
        Path archive = Files.createDirectories(racine.resolve("wal"));
        Map<String, String> avantLErreur;
        OffsetDateTime instant;
        try (EmbeddedDatabase base = EmbeddedDatabase.start(port(), racine.resolve("pgdata"), false, ArchivageWal.reglages(archive))) {
            Migrations.migrate(base.dataSource());
            DemoAcademie.charger(base.dataSource(), Taille.DEMO);
            fermerUnMois(base.dataSource(), "2024-10-01", "octobre");
            SauvegardeDeBase.faire(base.dataSourceSuperutilisateur(), racine.resolve("pgdata"), racine.resolve("base"));
            // after the base backup: only in the archived WAL
            fermerUnMois(base.dataSource(), "2024-11-01", "novembre");
            avantLErreur = empreintes(base.dataSource());
            instant = maintenant(base.dataSource());
            Thread.sleep(200);
            fermerUnMois(base.dataSource(), "2024-12-01", "décembre, après l'instant choisi");
            try (Connection c = base.dataSourceSuperutilisateur().getConnection(); Statement s = c.createStatement()) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'pacte' AND pid <> pg_backend_pid()");
            }
            supprimerLaBase(base);
        }
        Restauration.preparer(racine.resolve("base"), archive, instant, racine.resolve("restauree"));
        try (EmbeddedDatabase restauree = EmbeddedDatabase.start(port(), racine.resolve("restauree"), true)) {
            // read-only connections are accepted just before the promotion ends
            for (int i = 0; i < 300 && !"f".equals(valeur(restauree.dataSource(), "SELECT pg_is_in_recovery()")); i++) {
                Thread.sleep(100);
            }
            assertEquals("f", valeur(restauree.dataSource(), "SELECT pg_is_in_recovery()"), "promue après la restauration");
            Map<String, String> apres = empreintes(restauree.dataSource());
            assertEquals(avantLErreur.keySet(), apres.keySet());
            List<String> differentes = new ArrayList<>();
            avantLErreur.forEach((table, e) -> {
                if (!e.equals(apres.get(table))) {
                    differentes.add(table + " : " + e + " ≠ " + apres.get(table));
                }
            });
            assertTrue(differentes.isEmpty(), "tables différentes après restauration : " + differentes);
            assertEquals("2024-10-01 2024-11-01", valeur(restauree.dataSource(),
                    "SELECT string_agg(mois::text, ' ' ORDER BY mois) FROM paiement.execution"), "décembre n'est pas rejoué");
            assertTrue(Integer.parseInt(valeur(restauree.dataSource(), "SELECT count(*) FROM referentiel.personnel")) >= 20_000);
            assertFalse(avantLErreur.isEmpty());
        }
    }

    /** A closed month as the run leaves it: its three files stored in PostgreSQL. */
    private static void fermerUnMois(DataSource ds, String mois, String contenu) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement p = c.prepareStatement("""
                INSERT INTO paiement.execution (annee_scolaire, mois, executee_le, executee_par, lignes, montant_total,
                                                fichier_csv, fichier_xlsx, synthese_pdf, fichiers_etat, fichiers_progression)
                VALUES ('2024-2025', CAST(? AS date), now(), 'rectorat', 1, 104.17, ?, ?, ?, 'PRETS', 100)""")) {
            p.setString(1, mois);
            p.setBytes(2, ("identifiant;montant\nTST;104,17 € " + contenu + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            p.setBytes(3, new byte[]{'P', 'K', 3, 4, 42});
            p.setBytes(4, ("%PDF-1.7 " + contenu).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            p.executeUpdate();
        }
    }

    /** Each table of the application's schemas: its row count and a digest of its whole content. */
    private static Map<String, String> empreintes(DataSource ds) throws SQLException {
        Map<String, String> e = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables
                     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) || ' lignes, ' || coalesce(md5(string_agg(md5(t::text), ''"
                        + " ORDER BY md5(t::text))), '-') FROM " + t + " t")) {
                    rs.next();
                    e.put(t, rs.getString(1));
                }
            }
        }
        return e;
    }

    private static OffsetDateTime maintenant(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT clock_timestamp()")) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class);
        }
    }

    /** The mistake: the database dropped; then the WAL that records it is archived. */
    private static void supprimerLaBase(EmbeddedDatabase base) throws Exception {
        try (Connection c = postgresDe(base).getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + EmbeddedDatabase.DATABASE + " WITH (FORCE)");
            String segment;
            try (ResultSet rs = s.executeQuery("SELECT pg_walfile_name(pg_switch_wal())")) {
                rs.next();
                segment = rs.getString(1);
            }
            for (int i = 0; i < 300; i++) {
                try (ResultSet rs = s.executeQuery("SELECT coalesce(last_archived_wal, '') >= '" + segment + "' FROM pg_stat_archiver")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
            throw new AssertionError("segment " + segment + " non archivé en 30 s");
        }
    }

    private static DataSource postgresDe(EmbeddedDatabase base) {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://localhost:" + base.port() + "/postgres");
        ds.setUser("postgres");
        return ds;
    }

    private static String valeur(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int port() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
