package fr.pacte.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static fr.pacte.it.DonneesSuiviLettres.AUBERT;
import static fr.pacte.it.DonneesSuiviLettres.BONNET;
import static fr.pacte.it.DonneesSuiviLettres.COLIN;
import static fr.pacte.it.DonneesSuiviLettres.COLLEGE_A;
import static fr.pacte.it.DonneesSuiviLettres.COLLEGE_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, point 7, on campaign 2175-2176 (N-1: 2174-2175), département 087: collège Turgot has 12 parts, 4 given
 * (Aubert 3, at the cap of 3, Bonnet 1) and 4 IMP none given — under the 50 % threshold; collège Léonard-Limosin has 4
 * parts, 3 given to Colin (at the cap) — above it.
 */
class PilotageAccueilIT extends PacteIT {

    private static final String ANNEE = "2175-2176";

    @BeforeAll
    static void preparer() {
        DonneesSuiviLettres.charger();
        EnveloppesSuivi.publier("2174-2175", COLLEGE_A, 8, 2);
        // consumption frozen at the close of N-1 (what closing a campaign writes)
        BaseDeTest.executerSansDeclencheurs("UPDATE dotation.enveloppe SET parts_consommees = 6, imp_consommes = 1.5"
                + " WHERE annee_scolaire = '2174-2175' AND uai = '" + COLLEGE_A + "'");
        EnveloppesSuivi.publier(ANNEE, COLLEGE_A, 12, 4, COLLEGE_B, 4, 0);
        for (String mission : new String[] {"P2-INNOVATION", "P2-BESOINS-PARTICULIERS", "P2-COORD-DECOUVERTE-METIERS"}) {
            DonneesSuiviLettres.attribuer(ANNEE, COLLEGE_A, AUBERT, mission);
            DonneesSuiviLettres.attribuer(ANNEE, COLLEGE_B, COLIN, mission);
        }
        DonneesSuiviLettres.attribuer(ANNEE, COLLEGE_A, BONNET, "P2-INNOVATION");
    }

    @Test
    void lesEnveloppesSousConsommeesAvecLaConsommationN1() {
        JsonArray alertes = Json.structure(rectorat("/alertes").body()).asJsonArray();
        assertEquals(1, alertes.size(), alertes.toString());
        JsonObject a = alertes.getJsonObject(0);
        assertEquals(COLLEGE_A, a.getString("uai"));
        assertEquals("33.3", a.getJsonNumber("tauxParts").toString());
        assertEquals(0, a.getJsonNumber("tauxImp").intValue());
        assertEquals(6, a.getJsonNumber("partsConsommeesN1").intValue());
        assertEquals(8, a.getJsonNumber("partsN1").intValue());
        assertEquals("75.0", a.getJsonNumber("tauxPartsN1").toString());
    }

    @Test
    void laConsommationParDepartementEtParNature() {
        JsonObject c = Json.objet(rectorat("/consommation").body());
        JsonObject dep = c.getJsonArray("departements").getJsonObject(0);
        assertEquals("087", dep.getString("groupe"));
        assertEquals(16, dep.getJsonNumber("parts").intValue());
        assertEquals(7, dep.getJsonNumber("partsAttribuees").intValue());
        assertEquals("CLG", c.getJsonArray("natures").getJsonObject(0).getString("groupe"));
        assertEquals(403, http().basic("dasen.087", "test").get("/api/pilotage/" + ANNEE + "/alertes").statusCode());
    }

    @Test
    void simulationDuPlafondDeTroisAQuatreParts() {
        JsonObject s = Json.objet(rectorat("/simulation-plafond?plafond=4").body());
        assertEquals(3, s.getInt("plafondActuel"));
        assertEquals(3, s.getInt("personnesAvecParts"));
        assertEquals(2, s.getInt("personnesAuPlafond"), "Aubert and Colin hold 3 parts");
        assertEquals(2, s.getInt("volontairesAuPlafond"));
        assertEquals(2, s.getJsonNumber("partsSupplementaires").intValue());
        assertEquals(400, http().basic("rectorat", "test").get("/api/pilotage/" + ANNEE + "/simulation-plafond").statusCode());
    }

    @Test
    void laPageDAccueilDuRectoratMontreGraphiquesAlertesEtSimulation() {
        HttpResponse<String> r = http().connexion("rectorat", "test").get("/index.xhtml");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("graphique-departements"), r.body());
        assertTrue(r.body().contains("Enveloppes sous-consommées"), r.body());
        assertTrue(r.body().contains("personnes-au-plafond"), r.body());
    }

    private static HttpResponse<String> rectorat(String chemin) {
        HttpResponse<String> r = http().basic("rectorat", "test").get("/api/pilotage/" + ANNEE + chemin);
        assertEquals(200, r.statusCode(), r.body());
        return r;
    }
}
