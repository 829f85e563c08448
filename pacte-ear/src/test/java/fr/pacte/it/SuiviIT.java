package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Volunteers, conseils, hours done, redéploiements, bilans and the consolidated view over REST, with their scopes,
 * on campaign 2051-2052 (reserved to this class) in the LP Marie-Curie (0387002E, 6 parts).
 */
class SuiviIT extends PacteIT {

    private static final String ANNEE = "2051-2052";
    private static final String UAI = "0387002E";
    private static final String DURAND = "SUI0000000003";

    private static long rcd;
    private static long options;
    private static long tutorat;

    @BeforeAll
    static void attribuer() {
        EnveloppesSuivi.publier(ANNEE, UAI, 6, 0);
        Http chef = chef();
        rcd = cree(chef.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, UAI, DURAND, "LP-RCD", "1", "18")));
        // Durand's own hour-based missions: hours redeploy between one agent's missions (seed 000, V18)
        options = cree(chef.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, UAI, DURAND, "LP-OPTIONS", "1", "24")));
        tutorat = cree(chef.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, UAI, DURAND, "LP-TUTORAT", "1", null)));
    }

    @Test
    void theChefMarksAndUnmarksVolunteersOfHisEtablissementOnly() {
        Http chef = chef();
        assertEquals(200, chef.put(volontaire("SUI0000000005"), "{\"volontaire\": true}").statusCode());
        List<String> volontaires = identifiants(chef.get("/api/suivi/" + ANNEE + "/" + UAI + "/volontaires"));
        assertEquals(List.of("SUI0000000005"), volontaires);
        assertEquals(3, Json.objet(chef.get("/api/suivi/" + ANNEE + "/" + UAI + "/volontaires?tous=true").body()).getInt("total"));
        assertEquals(200, chef.put(volontaire("SUI0000000005"), "{\"volontaire\": false}").statusCode());
        assertEquals(List.of(), identifiants(chef.get("/api/suivi/" + ANNEE + "/" + UAI + "/volontaires")));

        HttpResponse<String> autre = chef.put("/api/suivi/" + ANNEE + "/" + UAI + "/volontaires/SUI0000000001", "{\"volontaire\": true}");
        assertEquals(422, autre.statusCode(), autre.body());
        assertTrue(autre.body().contains("n'est pas affecté à " + UAI), autre.body());
        assertEquals(403, http().basic("chef.0387001d", "test").put(volontaire("SUI0000000005"), "{\"volontaire\": true}").statusCode());
        assertEquals(403, http().basic("dasen.038", "test").put(volontaire("SUI0000000005"), "{\"volontaire\": true}").statusCode());
    }

    @Test
    void hoursDoneAreRecordedOnHourBasedMissionsWithinThePlannedHours() {
        Http chef = chef();
        HttpResponse<String> r = chef.put(heures(rcd), "{\"heures\": 10}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(10, Json.objet(r.body()).getJsonNumber("heuresFaites").intValue());
        assertEquals("10.0", BaseDeTest.valeur("SELECT heures_faites FROM mission.suivi_heures WHERE attribution_id = " + rcd));

        HttpResponse<String> trop = chef.put(heures(options), "{\"heures\": 40}");
        assertEquals(422, trop.statusCode());
        // 24 h planned, or 32 once the redéploiement test has run
        assertTrue(regle(trop).matches("40 h faites pour (24|32) h prévues : redéployez d'abord des heures vers cette mission"), trop.body());
        HttpResponse<String> forfait = chef.put(heures(tutorat), "{\"heures\": 2}");
        assertEquals(422, forfait.statusCode());
        assertTrue(regle(forfait).contains("n'est pas comptée en heures"), forfait.body());
    }

    @Test
    void hoursNotDoneAreRedeployedToAnotherHourBasedMissionOfTheSameAgent() {
        Http chef = chef();
        chef.put(heures(rcd), "{\"heures\": 10}");
        HttpResponse<String> r = chef.postJson(redeploiement(rcd), "{\"cible\": " + options + ", \"heures\": 8, \"motif\": \"Peu d'absences à remplacer\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject etat = Json.objet(chef.get("/api/suivi/" + ANNEE + "/" + UAI).body());
        JsonObject source = attribution(etat, rcd);
        JsonObject cible = attribution(etat, options);
        assertEquals(10, source.getJsonNumber("heuresPrevues").intValue());
        assertEquals(8, source.getJsonNumber("heuresCedees").intValue());
        assertEquals(32, cible.getJsonNumber("heuresPrevues").intValue());
        assertEquals(8, cible.getJsonNumber("heuresRecues").intValue());
        assertEquals("1.0", BaseDeTest.valeur("SELECT parts FROM mission.attribution WHERE id = " + options), "the parts stay");

        HttpResponse<String> plus = chef.postJson(redeploiement(rcd), "{\"cible\": " + options + ", \"heures\": 1}");
        assertEquals(422, plus.statusCode());
        assertEquals("on ne redéploie que les heures non faites : 0 h restent à faire sur LP-RCD, pas 1", regle(plus));
        HttpResponse<String> versForfait = chef.postJson(redeploiement(options), "{\"cible\": " + tutorat + ", \"heures\": 1}");
        assertEquals(422, versForfait.statusCode());
        assertTrue(regle(versForfait).contains("quantifiée en heures"), versForfait.body());
        assertEquals("1", BaseDeTest.valeur("SELECT count(*) FROM mission.redeploiement WHERE attribution_source = " + rcd));
    }

    @Test
    void theBilanGoesToTheRecipientOfTheCatalogue() {
        HttpResponse<String> r = chef().put(bilan(tutorat), "{\"texte\": \"12 élèves tutorés ; 2 décrocheurs raccrochés.\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("chef d'établissement", Json.objet(r.body()).getString("destinataireBilan"));
        assertEquals("12 élèves tutorés ; 2 décrocheurs raccrochés.", Json.objet(r.body()).getString("bilan"));
        HttpResponse<String> vide = chef().put(bilan(tutorat), "{\"texte\": \" \"}");
        assertEquals(422, vide.statusCode());
        assertEquals("le bilan ne peut pas être vide", regle(vide));
    }

    @Test
    void theDatesOfTheConseilsAreKeptInOrder() {
        Http chef = chef();
        String chemin = "/api/suivi/" + ANNEE + "/" + UAI + "/conseils";
        assertEquals(200, chef.put(chemin, "{\"conseilPedagogique\": \"2051-03-12\", \"conseilAdministration\": \"2051-03-26\"}").statusCode());
        JsonObject conseils = Json.objet(chef.get("/api/suivi/" + ANNEE + "/" + UAI).body()).getJsonObject("conseils");
        assertEquals("2051-03-12", conseils.getString("conseilPedagogique"));
        assertEquals("2051-03-26", conseils.getString("conseilAdministration"));
        HttpResponse<String> inverse = chef.put(chemin, "{\"conseilPedagogique\": \"2051-04-01\", \"conseilAdministration\": \"2051-03-26\"}");
        assertEquals(422, inverse.statusCode());
        assertEquals("le conseil d'administration rend son avis après celui du conseil pédagogique", regle(inverse));
    }

    @Test
    void everyoneStaysInHisScope() {
        Http autreChef = http().basic("chef.0387001d", "test");
        assertEquals(403, autreChef.get("/api/suivi/" + ANNEE + "/" + UAI).statusCode());
        assertEquals(403, autreChef.put(heures(rcd), "{\"heures\": 1}").statusCode());
        assertEquals(403, autreChef.postJson(redeploiement(rcd), "{\"cible\": " + options + ", \"heures\": 1}").statusCode());
        assertEquals(403, autreChef.put(bilan(rcd), "{\"texte\": \"x\"}").statusCode());
        assertEquals(403, http().basic("dasen.073", "test").get("/api/suivi/" + ANNEE + "/" + UAI).statusCode());
        assertEquals(200, http().basic("dasen.038", "test").get("/api/suivi/" + ANNEE + "/" + UAI).statusCode());
        assertEquals(403, http().basic("dasen.038", "test").put(heures(rcd), "{\"heures\": 1}").statusCode());
        assertEquals(403, http().basic("analyste", "test").get("/api/suivi/" + ANNEE + "/" + UAI).statusCode());
        assertEquals(403, chef().get("/api/consolidation?annee=" + ANNEE).statusCode());
    }

    @Test
    void theConsolidationShowsADasenHisDepartementOnly() {
        JsonObject rectorat = Json.objet(http().basic("rectorat", "test").get("/api/consolidation?annee=" + ANNEE).body());
        assertEquals(3, rectorat.getJsonObject("totaux").getInt("attributions"));
        assertEquals(3, rectorat.getJsonObject("totaux").getJsonNumber("parts").intValue());
        assertEquals(1, Json.objet(http().basic("rectorat", "test")
                .get("/api/consolidation?annee=" + ANNEE + "&mission=LP-RCD").body()).getJsonObject("totaux").getInt("attributions"));
        assertEquals(3, Json.objet(http().basic("dasen.038", "test").get("/api/consolidation?annee=" + ANNEE).body())
                .getJsonObject("missions").getInt("total"));
        JsonObject dasen073 = Json.objet(http().basic("dasen.073", "test")
                .get("/api/consolidation?annee=" + ANNEE + "&departement=038").body());
        assertEquals(0, dasen073.getJsonObject("totaux").getInt("attributions"));
        assertEquals(0, dasen073.getJsonObject("missions").getInt("total"));
    }

    private static Http chef() {
        return http().basic("chef.0387002e", "test");
    }

    private static long cree(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }

    private static String volontaire(String identifiant) {
        return "/api/suivi/" + ANNEE + "/" + UAI + "/volontaires/" + identifiant;
    }

    private static String heures(long id) {
        return "/api/suivi/attributions/" + id + "/heures-faites";
    }

    private static String redeploiement(long id) {
        return "/api/suivi/attributions/" + id + "/redeploiement";
    }

    private static String bilan(long id) {
        return "/api/suivi/attributions/" + id + "/bilan";
    }

    private static String regle(HttpResponse<String> r) {
        return Json.objet(r.body()).getJsonArray("erreurs").getJsonObject(0).getString("regle");
    }

    private static List<String> identifiants(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonArray("elements").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("identifiant")).toList();
    }

    private static JsonObject attribution(JsonObject etat, long id) {
        return etat.getJsonArray("attributions").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }
}
