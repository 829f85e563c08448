package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

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

    @Test
    void stoppedAfterTheFirstCheckpointThenRestartedEqualsAnUninterruptedLoad() throws SQLException {
        Entrepot.vider(ANNEE);
        long id = Entrepot.charger(EntrepotIT.ANALYSTE, List.of(ANNEE), 3000);
        Entrepot.attendre(EntrepotIT.ANALYSTE, id, c -> c.getInt("unitesFaites") >= 1);
        assertEquals(200, http().basic(EntrepotIT.ANALYSTE, "test").postJson("/api/entrepot/chargements/" + id + "/arret", "")
                .statusCode());
        JsonObject arrete = Entrepot.attendre(EntrepotIT.ANALYSTE, id, Entrepot::fini);
        assertEquals("ARRETE", arrete.getString("statut"));
        int faites = arrete.getInt("unitesFaites");
        assertTrue(faites >= 1 && faites < arrete.getInt("unitesTotal"), "arrêté en cours de route : " + arrete);
        assertEquals(faites, Entrepot.lignes("SELECT count(*) FROM entrepot.journal_unite WHERE chargement_id = " + id));
        long premiereExecution = arrete.getJsonNumber("executionId").longValue();

        Entrepot.reprendre(EntrepotIT.ANALYSTE, id);
        JsonObject repris = Entrepot.attendre(EntrepotIT.ANALYSTE, id, Entrepot::fini);
        assertEquals("TERMINE", repris.getString("statut"), repris.toString());
        assertNotEquals(premiereExecution, repris.getJsonNumber("executionId").longValue());
        Entrepot.chaqueUniteUneFois(id, repris.getInt("unitesTotal"), premiereExecution, faites);
        Entrepot.egalAUnChargementDUneTraite(EntrepotIT.ANALYSTE, ANNEE);
        // start, stop and restart are in the journal, by their author
        assertEquals("CHARGEMENT_LANCE,CHARGEMENT_ARRETE,CHARGEMENT_REPRIS", BaseDeTest.valeur("SELECT string_agg(action, ','"
                + " ORDER BY id) FROM securite.journal WHERE objet = 'CHARGEMENT' AND objet_id = '" + id + "' AND auteur = '"
                + EntrepotIT.ANALYSTE + "'"));
    }
}
