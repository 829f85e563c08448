package fr.pacte.database;

import fr.pacte.database.dev.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V27 (issue 19, point 5): a word typed in a search box is found anywhere in a name, a commune or a UAI; among the
 * 60 000 personnels of an académie, through the trigram index rather than a scan — as the application asks it
 * (LIKE '%mot%' ESCAPE '\', the word as a parameter). The établissements (1 500 in an académie) are few enough for
 * PostgreSQL to prefer a scan; their index serves larger référentiels.
 */
class RechercheTrigrammesTest {

    private static EmbeddedDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.start(MigrationsTest.freePort(), Files.createTempDirectory("pacte-pg-").resolve("data"), false);
        Migrations.migrate(database.dataSource());
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO referentiel.departement (code, libelle) VALUES ('026', 'Drôme');
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune, secteur, recherche)
                    SELECT '026' || lpad(k::text, 4, '0') || 'A', 'CLG', 'Collège ' || k, '026', 'Commune ' || k, 'PU',
                           'college ' || k || ' commune ' || k || ' 026' || lpad(k::text, 4, '0') || 'a'
                      FROM generate_series(1, 300) k;
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune, secteur, recherche)
                    VALUES ('0269999Z', 'LYC', 'Lycée du Diois', '026', 'Die', 'PU', 'lycee du diois die 0269999z');
                    INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche)
                    SELECT 'TRG' || lpad(i::text, 8, '0'), 'Mme', 'Nom' || i, 'Prenom', 'F', '1980-01-01', 'CERTIFIE', '',
                           '026' || lpad((1 + i % 300)::text, 4, '0') || 'A', 'nom' || i || ' prenom trg' || lpad(i::text, 8, '0')
                      FROM generate_series(1, 60000) i;
                    INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline, uai_affectation, recherche)
                    VALUES ('TRGX', 'M.', 'Dupont-Mauriac', 'Élie', 'M', '1975-01-01', 'CERTIFIE', '', '0269999Z', 'dupont-mauriac elie trgx');
                    """);
            // as autovacuum does after a bulk import: the GIN index's pending entries merged, statistics taken
            s.execute("VACUUM ANALYZE referentiel.personnel");
            s.execute("VACUUM ANALYZE referentiel.etablissement");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void aWordInTheMiddleOfANameIsFoundThroughTheTrigramIndex() throws Exception {
        assertEquals("TRGX", premier("SELECT identifiant FROM referentiel.personnel WHERE recherche LIKE ? ESCAPE '\\'", "%mauriac%"));
        String plan = plan("SELECT identifiant FROM referentiel.personnel WHERE recherche LIKE ? ESCAPE '\\'", "%mauriac%");
        assertTrue(plan.contains("personnel_recherche_trigrammes"), plan);
    }

    @Test
    void aCommuneOrAPartOfAUaiIsFound() throws Exception {
        assertEquals("0269999Z", premier("SELECT uai FROM referentiel.etablissement WHERE recherche LIKE ? ESCAPE '\\'", "%diois%"));
        assertEquals("0269999Z", premier("SELECT uai FROM referentiel.etablissement WHERE recherche LIKE ? ESCAPE '\\'", "%9999z%"));
    }

    private static String premier(String sql, String motif) throws Exception {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, motif);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The plan of the statement with its parameter bound, as the server's prepared statement runs it. */
    private static String plan(String sql, String motif) throws Exception {
        StringBuilder b = new StringBuilder();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
            ps.setString(1, motif);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    b.append(rs.getString(1)).append('\n');
                }
            }
        }
        return b.toString();
    }
}
