package fr.pacte.database.dev;

import fr.pacte.database.Migrations;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 14, point 6: the run command's embedded database keeps what was written when it is stopped and started
 * again, with every commit on disk; only the explicit reset wipes it.
 */
class DonneesLocalesTest {

    @Test
    void whatTheServerWroteIsThereAfterARestartAndGoneOnlyAfterAReset() throws Exception {
        Path repertoire = Files.createTempDirectory("pacte-donnees-").resolve("pgdata");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (EmbeddedDatabase base = DonneesLocales.demarrer(port, repertoire, false)) {
            Migrations.migrate(base.dataSource());
            assertEquals("on", valeur(base, "SHOW fsync"));
            assertEquals("on", valeur(base, "SHOW synchronous_commit"));
            try (Connection c = base.dataSourceServeur().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO referentiel.departement (code, libelle) VALUES ('038', 'Isère importée')");
            }
        }
        try (EmbeddedDatabase base = DonneesLocales.demarrer(port, repertoire, false)) {
            assertEquals(0, Migrations.migrate(base.dataSource()).migrationsExecuted);
            assertEquals("Isère importée", valeur(base, "SELECT libelle FROM referentiel.departement WHERE code = '038'"));
        }
        try (EmbeddedDatabase base = DonneesLocales.demarrer(port, repertoire, true)) {
            Migrations.migrate(base.dataSource());
            assertEquals("0", valeur(base, "SELECT count(*) FROM referentiel.departement"));
        }
    }

    private static String valeur(EmbeddedDatabase base, String sql) throws SQLException {
        try (Connection c = base.dataSourceServeur().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
