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
