package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The proposal formula and bulk actions, simulated then applied, never beyond the allocation. */
class RepartitionIT extends PacteIT {

    private final Http rectorat = http().basic("rectorat", "test");

    @Test
    void simulationWritesNothingThenApplyingSavesExactlyTheProposal() throws Exception {
        allouer("2035-2036");
        assertEquals(200, rectorat.put("/api/reserves/2035-2036/038", "{\"partsSecondDegre\": 4, \"imp\": 2}").statusCode());
        HttpResponse<String> r = rectorat.postJson("/api/repartitions/2035-2036/simulation",
                "{\"type\": \"PROPORTIONNELLE\", \"poidsRep\": 1.2, \"poidsRepPlus\": 1.5, \"poidsLp\": 1.3}");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject simulation = Json.objet(r.body());
        List<JsonObject> propositions = simulation.getJsonArray("propositions").getValuesAs(JsonObject.class);
        assertTrue(propositions.size() >= 25, r.body());
        BigDecimal second = propositions.stream().filter(p -> p.getString("voie").equals("SECOND_DEGRE"))
                .map(p -> p.getJsonNumber("parts").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(second.compareTo(new BigDecimal("46")) <= 0, "50 allouées moins 4 en réserve : " + second);
        assertTrue(propositions.stream().filter(p -> p.getString("uai").equals("0380003X"))
                .allMatch(p -> p.getJsonNumber("imp").bigDecimalValue().signum() == 0), "une école ne reçoit pas d'IMP");
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM dotation.enveloppe WHERE annee_scolaire = '2035-2036'"));

        HttpResponse<String> appliquee = rectorat.postJson("/api/repartitions/2035-2036/formule",
                "{\"type\": \"PROPORTIONNELLE\", \"poidsRep\": 1.2, \"poidsRepPlus\": 1.5, \"poidsLp\": 1.3}");
        assertEquals(200, appliquee.statusCode(), appliquee.body());
        assertEquals(second.stripTrailingZeros().toPlainString(), new BigDecimal(BaseDeTest.valeur(
                "SELECT coalesce(sum(parts), 0) FROM dotation.enveloppe WHERE annee_scolaire = '2035-2036' AND voie = 'SECOND_DEGRE'"))
                .stripTrailingZeros().toPlainString());
    }

    @Test
    void bulkActionBeyondTheAllocationChangesNoRow() throws Exception {
        allouer("2036-2037");
        HttpResponse<String> fixe = rectorat.postJson("/api/repartitions/2036-2037/masse?departement=074&q=test%20n%C2%B0",
                "{\"type\": \"FIXER_PARTS\", \"valeur\": 2}");
        assertEquals(200, fixe.statusCode(), fixe.body());
        assertEquals(20, Json.objet(fixe.body()).getInt("modifiees"));
        HttpResponse<String> trop = rectorat.postJson("/api/repartitions/2036-2037/masse?departement=074&q=test%20n%C2%B0",
                "{\"type\": \"AJOUTER_PARTS\", \"valeur\": 1}");
        assertEquals(422, trop.statusCode(), trop.body());
        assertEquals("40.0", BaseDeTest.valeur("SELECT sum(parts) FROM dotation.enveloppe WHERE annee_scolaire = '2036-2037'"));
        HttpResponse<String> formuleInvalide = rectorat.postJson("/api/repartitions/2036-2037/simulation",
                "{\"type\": \"PROPORTIONNELLE\", \"poidsRep\": -1}");
        assertEquals(400, formuleInvalide.statusCode(), formuleInvalide.body());
        assertEquals(403, http().basic("dasen.038", "test").postJson("/api/repartitions/2036-2037/simulation",
                "{\"type\": \"PROPORTIONNELLE\"}").statusCode());
    }

    private void allouer(String annee) {
        HttpResponse<String> r = rectorat.put("/api/allocations/" + annee,
                "{\"PREMIER_DEGRE\": 10, \"SECOND_DEGRE\": 50, \"VOIE_PRO\": 10, \"IMP\": 20}");
        assertEquals(200, r.statusCode(), r.body());
    }

}
