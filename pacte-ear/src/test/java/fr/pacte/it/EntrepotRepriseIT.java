package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The load of campaign 2057-2058 stopped after its first checkpoint and restarted ends with the same warehouse as an
 * uninterrupted load; the restart does not redo the committed unit; a second load changes nothing.
 */
class EntrepotRepriseIT extends PacteIT {

    private static final String ANNEE = "2057-2058";
    private static final String[] TABLES = {"dim_campagne", "dim_mois", "dim_etablissement", "dim_personnel",
        "fait_attribution", "fait_decharge", "fait_echeance", "fait_enveloppe"};

    @Test
    void stoppedAfterTheFirstCheckpointThenRestartedEqualsAnUninterruptedLoad() throws SQLException {
        vider();
        long id = Entrepot.charger(EntrepotIT.ANALYSTE, List.of(ANNEE), 3000);
        Entrepot.attendre(EntrepotIT.ANALYSTE, id, c -> c.getInt("unitesFaites") >= 1);
        assertEquals(200, http().basic(EntrepotIT.ANALYSTE, "test").postJson("/api/entrepot/chargements/" + id + "/arret", "")
                .statusCode());
        JsonObject arrete = Entrepot.attendre(EntrepotIT.ANALYSTE, id, Entrepot::fini);
        assertEquals("ARRETE", arrete.getString("statut"));
        int faites = arrete.getInt("unitesFaites");
        assertTrue(faites >= 1 && faites < arrete.getInt("unitesTotal"), "arrêté en cours de route : " + arrete);
        assertEquals(faites, lignes("SELECT count(*) FROM entrepot.journal_unite WHERE chargement_id = " + id));
        long premiereExecution = arrete.getJsonNumber("executionId").longValue();

        assertEquals(200, http().basic(EntrepotIT.ANALYSTE, "test").postJson("/api/entrepot/chargements/" + id + "/reprise", "")
                .statusCode());
        JsonObject repris = Entrepot.attendre(EntrepotIT.ANALYSTE, id, Entrepot::fini);
        assertEquals("TERMINE", repris.getString("statut"), repris.toString());
        assertNotEquals(premiereExecution, repris.getJsonNumber("executionId").longValue());
        // each unit committed exactly once: the restart went on after the checkpoint
        assertEquals(repris.getInt("unitesTotal"), lignes("SELECT count(DISTINCT rang) FROM entrepot.journal_unite WHERE chargement_id = " + id));
        assertEquals(repris.getInt("unitesTotal"), lignes("SELECT count(*) FROM entrepot.journal_unite WHERE chargement_id = " + id));
        assertEquals(faites, lignes("SELECT count(*) FROM entrepot.journal_unite WHERE chargement_id = " + id
                + " AND execution_id = " + premiereExecution));
        String repriseEmpreinte = empreinte();
        assertTrue(lignes("SELECT count(*) FROM entrepot.fait_attribution WHERE annee_scolaire = '" + ANNEE + "'") > 100);

        vider();
        charger();
        assertEquals(repriseEmpreinte, empreinte(), "chargement interrompu puis repris = chargement d'une traite");
        charger();
        assertEquals(repriseEmpreinte, empreinte(), "recharger ne change rien");
    }

    private static void charger() {
        long id = Entrepot.charger(EntrepotIT.ANALYSTE, List.of(ANNEE), 0);
        assertEquals("TERMINE", Entrepot.attendre(EntrepotIT.ANALYSTE, id, Entrepot::fini).getString("statut"));
    }

    private static void vider() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection()) {
            for (String t : TABLES) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM entrepot." + t + " WHERE annee_scolaire = ?")) {
                    ps.setString(1, ANNEE);
                    ps.executeUpdate();
                }
            }
        }
    }

    /** A digest of every row of the campaign in every table of the warehouse. */
    private static String empreinte() throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = BaseDeTest.dataSource().getConnection()) {
            for (String t : TABLES) {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' "
                        + "ORDER BY x::text)), '') FROM entrepot." + t + " x WHERE annee_scolaire = ?")) {
                    ps.setString(1, ANNEE);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        b.append(t).append('=').append(rs.getString(1)).append(' ');
                    }
                }
            }
        }
        return b.toString();
    }

    private static int lignes(String sql) {
        return Integer.parseInt(BaseDeTest.valeur(sql));
    }
}
