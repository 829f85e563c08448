package fr.pacte.database.demo;

import fr.pacte.database.Migrations;
import fr.pacte.database.dev.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DEPP-shaped year (seed 003, note 22.33) written at 1/40: the counts are the note's divided by 40, so the
 * shares are the note's (23,70 % of teachers with a mission, 11,5 % of missions as décharge).
 */
class AnneeDeppTest {

    private static EmbeddedDatabase database;
    private static AnneeDepp.Effectifs effectifs;

    @BeforeAll
    static void generer() throws Exception {
        database = EmbeddedDatabase.start(port(), Files.createTempDirectory("pacte-pg-").resolve("data"), false);
        Migrations.migrate(database.dataSource());
        try (Connection c = database.dataSource().getConnection()) {
            effectifs = AnneeDepp.generer(c, "2020-2021", "078", "Yvelines", 40);
        }
    }

    private static int port() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void theCountsAreTheNotesDividedByTheScale() throws Exception {
        assertEquals(new AnneeDepp.Effectifs(12_220, 2_897, 3_734, 431, 611), effectifs);
        assertEquals("12220", valeur("SELECT count(*) FROM referentiel.personnel WHERE corps NOT IN ('CPE') AND discipline <> 'Documentation' AND NOT remplacant"));
        assertEquals("2897", valeur("SELECT count(DISTINCT a.identifiant) FROM mission.attribution a JOIN referentiel.personnel p"
                + " ON p.identifiant = a.identifiant WHERE p.corps <> 'CPE' AND p.discipline <> 'Documentation' AND NOT p.remplacant"));
        assertEquals("3734 431", valeur("SELECT count(*) || ' ' || count(*) FILTER (WHERE a.modalite = 'DECHARGE')"
                + " FROM mission.attribution a JOIN referentiel.personnel p ON p.identifiant = a.identifiant"
                + " WHERE p.corps <> 'CPE' AND p.discipline <> 'Documentation' AND NOT p.remplacant"));
        assertEquals("204", valeur("SELECT count(*) FROM referentiel.personnel WHERE remplacant"),
                "a third of the others are remplaçants (TZR), whom the note leaves out");
        assertTrue(Integer.parseInt(valeur("SELECT count(*) FROM mission.attribution a JOIN referentiel.personnel p"
                + " ON p.identifiant = a.identifiant WHERE p.remplacant")) > 50, "remplaçants hold IMP: a report counting them would differ");
        assertEquals("23.71 11.5", valeur("SELECT round(100.0 * 2897 / 12220, 2) || ' ' || round(100.0 * 431 / 3734, 1)"));
        assertEquals("0", valeur("SELECT count(*) FROM mission.attribution a JOIN referentiel.personnel p ON p.identifiant = a.identifiant"
                + " WHERE p.uai_affectation <> a.uai"), "each mission in the teacher's own établissement");
        assertEquals(valeur("SELECT count(DISTINCT identifiant) FROM mission.attribution"),
                valeur("SELECT count(*) FROM mission.lettre WHERE courante AND etat <> 'BROUILLON'"), "one signed letter each");
    }

    private static String valeur(String sql) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
