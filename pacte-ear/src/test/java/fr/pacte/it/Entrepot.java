package fr.pacte.it;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Gestures of the warehouse tests over the REST API: start a load, follow it. */
final class Entrepot {

    private Entrepot() {
    }

    static long charger(String login, List<String> annees, long pause) {
        String json = "{\"annees\": [" + annees.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(","))
                + "], \"pause\": " + pause + "}";
        HttpResponse<String> r = PacteIT.http().basic(login, "test").postJson("/api/entrepot/chargements", json);
        assertEquals(202, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }

    static JsonObject etat(String login, long id) {
        HttpResponse<String> r = PacteIT.http().basic(login, "test").get("/api/entrepot/chargements/" + id);
        assertEquals(200, r.statusCode(), r.body());
        return Json.objet(r.body());
    }

    /** Polls the load until the condition holds (two minutes at most). */
    static JsonObject attendre(String login, long id, Predicate<JsonObject> condition) {
        long fin = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonObject e = etat(login, id);
            if (condition.test(e)) {
                return e;
            }
            if (System.currentTimeMillis() > fin) {
                throw new AssertionError("Chargement " + id + " : condition jamais atteinte, état " + e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new AssertionError(ex);
            }
        }
    }

    static boolean fini(JsonObject c) {
        return !"EN_COURS".equals(c.getString("statut")) && !"DEMANDE".equals(c.getString("statut"));
    }
}
