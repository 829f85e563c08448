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
 * V33: whatever path removes a lot's ZIP — the lot deleted (retention), its archive replaced (a resumed lot stored
 * again) — its large object goes with it, as the server's role; and a finished lot always has its ZIP.
 */
class ArchiveLotsTest {

    private static EmbeddedDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.start(MigrationsTest.freePort(), Files.createTempDirectory("pacte-pg-").resolve("data"), false);
        Migrations.migrate(database.dataSource());
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin) VALUES ('2077-2078', '2077-09-01', '2078-08-31')");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void theZipOfALotGoesWithItOnEveryPath() throws SQLException {
        try (Connection c = database.dataSourceServeur().getConnection(); Statement s = c.createStatement()) {
            long premier = entier(s, "SELECT lo_from_bytea(0, 'PK premier')");
            long lot = entier(s, "INSERT INTO mission.lot_lettres (annee_scolaire, demandeur, etat, cree_le, archive, noeud, battement)"
                    + " VALUES ('2077-2078', 'rectorat', 'TERMINE', now(), " + premier + ", 'a/00000000', now()) RETURNING id");
            long second = entier(s, "SELECT lo_from_bytea(0, 'PK second')");
            s.executeUpdate("UPDATE mission.lot_lettres SET archive = " + second + " WHERE id = " + lot);
            assertEquals(0, objets(s, premier), "the replaced ZIP is unlinked");
            assertEquals(1, objets(s, second));
            s.executeUpdate("UPDATE mission.lot_lettres SET faites = 3 WHERE id = " + lot);
            assertEquals(1, objets(s, second), "an update that keeps the archive keeps it");
            s.executeUpdate("DELETE FROM mission.lot_lettres WHERE id = " + lot);
            assertEquals(0, objets(s, second), "the deleted lot's ZIP is unlinked");

            SQLException sansArchive = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO mission.lot_lettres (annee_scolaire, demandeur, etat, cree_le) VALUES ('2077-2078', 'rectorat', 'TERMINE', now())"));
            assertTrue(sansArchive.getMessage().contains("lot_termine_archive"), sansArchive.getMessage());
        }
    }

    private static long objets(Statement s, long oid) throws SQLException {
        return entier(s, "SELECT count(*) FROM pg_largeobject_metadata WHERE oid = " + oid);
    }

    private static long entier(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
