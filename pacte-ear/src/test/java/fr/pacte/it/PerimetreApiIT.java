package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scope enforcement over REST: each role reads only what its perimeter allows, whatever it asks for. */
class PerimetreApiIT extends PacteIT {

    @Test
    void anonymousCallIsAnswered401WithABasicChallenge() {
        HttpResponse<String> r = http().get("/api/etablissements");
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void wrongPasswordIsAnswered401() {
        assertEquals(401, http().basic("rectorat", "faux").get("/api/etablissements").statusCode());
    }

    @ParameterizedTest(name = "{0} voit {1} établissement(s)")
    @CsvSource({"rectorat,5", "analyste,5", "dasen.038,3", "dasen.073,2", "chef.0380001v,1", "chef.0730001e,1"})
    void eachRoleListsTheEtablissementsOfItsScope(String login, int attendus) {
        HttpResponse<String> r = http().basic(login, "test").get("/api/etablissements?taille=500");
        assertEquals(200, r.statusCode(), r.body());
        // the import tests add établissements in 074, the modules' fixtures theirs (0389…): count fixture.sql's only
        long fixture = Json.objet(r.body()).getJsonArray("elements").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("uai").matches("0(38|73)000[0-9][A-Z]")).count();
        assertEquals(attendus, fixture);
    }

    /** Issue 16, point 2: a filter outside the scope is refused, not silently narrowed to the scope. */
    @ParameterizedTest(name = "{0} GET {1} : {2}")
    @CsvSource({
            "dasen.038,/api/etablissements?departement=073,403", "dasen.038,/api/etablissements?departement=038,200",
            "chef.0380001v,/api/etablissements?departement=073,403",
            "chef.0380001v,/api/personnels?uai=0730001E,403", "chef.0380001v,/api/personnels?uai=0380001V,200",
            "dasen.038,/api/personnels?uai=0730001E,403",
            "dasen.038,/api/dotations?annee=2025-2026&departement=073,403"})
    void aFilterOutsideTheScopeIsForbidden(String login, String chemin, int statut) {
        HttpResponse<String> r = http().basic(login, "test").get(chemin);
        assertEquals(statut, r.statusCode(), r.body());
        if (statut == 403) {
            assertTrue(r.body().contains("hors de votre périmètre"), r.body());
        }
    }

    @ParameterizedTest(name = "{0} lit {1} : {2}")
    @CsvSource({
            "rectorat,0730001E,200", "dasen.073,0730001E,200", "dasen.038,0730001E,403",
            "chef.0380001v,0730001E,403", "chef.0380001v,0380001V,200", "chef.0730001e,0380002W,403",
            "analyste,0380002W,200", "rectorat,0380009A,404"})
    void readingOneEtablissementOutsideTheScopeIsForbidden(String login, String uai, int statut) {
        assertEquals(statut, http().basic(login, "test").get("/api/etablissements/" + uai).statusCode());
    }

    @ParameterizedTest(name = "{0} voit {1} personnel(s)")
    @CsvSource({"rectorat,6", "dasen.038,4", "dasen.073,2", "chef.0380001v,2", "chef.0730001e,1"})
    void personnelsAreScopedToo(String login, int attendus) {
        HttpResponse<String> r = http().basic(login, "test").get("/api/personnels?q=tst&taille=500");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(attendus, Json.objet(r.body()).getInt("total"));
    }

    @Test
    void analystSeesNoNames() {
        HttpResponse<String> r = http().basic("analyste", "test").get("/api/personnels");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("nominatives"), r.body());
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        HttpResponse<String> r = http().basic("rectorat", "test").get("/api/personnels?q=HEBERT%20jerome");
        JsonObject page = Json.objet(r.body());
        assertEquals(1, page.getInt("total"));
        assertEquals("Le Gall-Hébert", page.getJsonArray("elements").getJsonObject(0).getString("nom"));
    }

    @Test
    void badFilterValueIsExplained() {
        HttpResponse<String> r = http().basic("rectorat", "test").get("/api/etablissements?nature=COLLEGE");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("nature"), r.body());
    }
}
