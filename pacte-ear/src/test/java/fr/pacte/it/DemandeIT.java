package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests and DASEN decisions over REST, on campaign 2037-2038 (reserved to this class). */
class DemandeIT extends PacteIT {

    private static final String ANNEE = "2037-2038";

    @BeforeAll
    static void preparerLaCampagne() {
        Http rectorat = http().basic("rectorat", "test");
        ok(rectorat.put("/api/allocations/" + ANNEE, "{\"PREMIER_DEGRE\": 20, \"SECOND_DEGRE\": 100, \"VOIE_PRO\": 20, \"IMP\": 60}"));
        ok(rectorat.put("/api/reserves/" + ANNEE + "/038", "{\"partsSecondDegre\": 5, \"imp\": 3}"));
        ok(rectorat.put("/api/reserves/" + ANNEE + "/073", "{\"imp\": 2}"));
        ok(rectorat.put("/api/dotations/" + ANNEE + "/0380001V", "{\"parts\": 10, \"imp\": 20, \"version\": 0}"));
        ok(rectorat.postJson("/api/dotations/" + ANNEE + "/publication", "{}"));
    }

    @Test
    void illegalTransitionsAreRefused() {
        long id = creer("IMP_SUPPLEMENTAIRES", "1", false);
        Http dasen = http().basic("dasen.038", "test");
        Http chef = http().basic("chef.0380001v", "test");
        assertEquals(403, dasen.postJson("/api/demandes/" + id + "/instruction", "{}").statusCode(),
                "un brouillon reste à l'établissement : le DASEN ne le voit pas");
        assertEquals(200, chef.postJson("/api/demandes/" + id + "/depot", "{}").statusCode());
        assertEquals(422, chef.postJson("/api/demandes/" + id + "/depot", "{}").statusCode(), "déjà déposée");
        assertEquals(200, dasen.postJson("/api/demandes/" + id + "/instruction", "{}").statusCode());
        assertEquals(200, dasen.postJson("/api/demandes/" + id + "/decision", "{\"quantiteAccordee\": 0, \"motif\": \"Réserve épuisée\"}").statusCode());
        HttpResponse<String> retrait = chef.postJson("/api/demandes/" + id + "/retrait", "{}");
        assertEquals(422, retrait.statusCode());
        assertTrue(retrait.body().contains("refusée"), retrait.body());
        assertEquals(422, dasen.postJson("/api/demandes/" + id + "/decision", "{\"quantiteAccordee\": 1}").statusCode());
    }

    @Test
    void aDecisionAndItsEnvelopeChangeCommitOrRollBackTogether() {
        Http dasen = http().basic("dasen.038", "test");
        Http rectorat = http().basic("rectorat", "test");
        long premiere = creer("IMP_SUPPLEMENTAIRES", "2", true);
        double avant = imp(rectorat);
        HttpResponse<String> acceptee = dasen.postJson("/api/demandes/" + premiere + "/decision", "{\"quantiteAccordee\": 2}");
        assertEquals(200, acceptee.statusCode(), acceptee.body());
        assertEquals(avant + 2, imp(rectorat), 0.001);

        long seconde = creer("IMP_SUPPLEMENTAIRES", "3", true);
        HttpResponse<String> refus = dasen.postJson("/api/demandes/" + seconde + "/decision", "{\"quantiteAccordee\": 3}");
        assertEquals(422, refus.statusCode(), refus.body());
        assertTrue(refus.body().contains("il reste 1 IMP"), refus.body());
        assertEquals(avant + 2, imp(rectorat), 0.001);
        assertEquals("DEPOSEE", Json.objet(dasen.get("/api/demandes/" + seconde).body()).getJsonObject("demande").getString("etat"));
    }

    @Test
    void partialConversionNeedsAReasonAndMovesImpIntoDecharge() {
        Http dasen = http().basic("dasen.038", "test");
        Http rectorat = http().basic("rectorat", "test");
        long id = creer("CONVERSION_DECHARGE", "3", true);
        assertEquals(422, dasen.postJson("/api/demandes/" + id + "/decision", "{\"quantiteAccordee\": 2}").statusCode());
        JsonObject avant = Json.objet(rectorat.get("/api/dotations/" + ANNEE + "/0380001V").body());
        HttpResponse<String> r = dasen.postJson("/api/demandes/" + id + "/decision",
                "{\"quantiteAccordee\": 2, \"motif\": \"Deux heures suffisent pour la coordination\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("ACCEPTEE_PARTIELLEMENT", Json.objet(r.body()).getString("etat"));
        JsonObject apres = Json.objet(rectorat.get("/api/dotations/" + ANNEE + "/0380001V").body());
        assertEquals(avant.getJsonNumber("imp").doubleValue() - 2, apres.getJsonNumber("imp").doubleValue(), 0.001);
        assertEquals(avant.getJsonNumber("dechargeHeures").doubleValue() + 2, apres.getJsonNumber("dechargeHeures").doubleValue(), 0.001);
        // the envelope's history names the DASEN and the decision's reason
        JsonObject dernier = Json.structure(rectorat.get("/api/dotations/" + ANNEE + "/0380001V/historique").body())
                .asJsonArray().getJsonObject(0);
        assertEquals("dasen.038", dernier.getString("auteur"));
        assertEquals("Décision du DASEN sur la demande n°" + id + " : Deux heures suffisent pour la coordination",
                dernier.getString("motif"));

        Http chef = http().basic("chef.0380001v", "test");
        assertTrue(Json.objet(chef.get("/api/notifications/non-lues").body()).getInt("nonLues") > 0);
        assertTrue(chef.get("/api/notifications").body().contains("acceptée partiellement"));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
            "dasen.038,GET,,200", "dasen.073,GET,,403", "chef.0380001v,GET,,200", "chef.0730001e,GET,,403",
            "rectorat,GET,,200", "analyste,GET,,403",
            "dasen.073,POST,/instruction,403", "dasen.073,POST,/decision,403", "chef.0730001e,POST,/retrait,403",
            "chef.0380001v,POST,/decision,403", "rectorat,POST,/decision,403", "dasen.073,GET,/piece-jointe,403"})
    void crossDepartementAndCrossUaiAccessIsRefused(String login, String methode, String suffixe, int statut) {
        long id = creer("PARTS_SUPPLEMENTAIRES", "1", true);
        Http h = http().basic(login, "test");
        String chemin = "/api/demandes/" + id + (suffixe == null ? "" : suffixe);
        HttpResponse<String> r = methode.equals("GET") ? h.get(chemin)
                : h.postJson(chemin, suffixe.equals("/decision") ? "{\"quantiteAccordee\": 1}" : "{}");
        assertEquals(statut, r.statusCode(), r.body());
    }

    @Test
    void listsFollowTheScopeAndTheRectoratSeesTotals() {
        long id = creer("IMP_SUPPLEMENTAIRES", "0.5", true);
        assertTrue(http().basic("dasen.038", "test").get("/api/demandes?annee=" + ANNEE + "&taille=500").body().contains("\"id\":" + id + ","));
        assertTrue(!http().basic("dasen.073", "test").get("/api/demandes?annee=" + ANNEE + "&taille=500").body().contains("\"id\":" + id + ","));
        assertEquals(0, Json.objet(http().basic("chef.0730001e", "test").get("/api/demandes?annee=" + ANNEE).body()).getInt("total"));
        HttpResponse<String> synthese = http().basic("rectorat", "test").get("/api/demandes/synthese?annee=" + ANNEE);
        assertEquals(200, synthese.statusCode(), synthese.body());
        assertTrue(synthese.body().contains("\"departement\":\"038\""), synthese.body());
        assertEquals(403, http().basic("dasen.038", "test").get("/api/demandes/synthese?annee=" + ANNEE).statusCode());
    }

    @Test
    void attachmentMustBeAPdf() {
        long id = creer("IMP_SUPPLEMENTAIRES", "1", true);
        Http chef = http().basic("chef.0380001v", "test");
        HttpResponse<String> texte = chef.putBytes("/api/demandes/" + id + "/piece-jointe", "application/pdf",
                "pas un pdf".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, texte.statusCode());
        byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(200, chef.putBytes("/api/demandes/" + id + "/piece-jointe", "application/pdf", pdf).statusCode());
        assertEquals(200, http().basic("dasen.038", "test").getBytes("/api/demandes/" + id + "/piece-jointe").statusCode());
    }

    private static long creer(String nature, String quantite, boolean deposer) {
        HttpResponse<String> r = http().basic("chef.0380001v", "test").postJson("/api/demandes",
                "{\"annee\": \"" + ANNEE + "\", \"nature\": \"" + nature + "\", \"quantite\": " + quantite
                        + ", \"justification\": \"Projet « Cordées de la réussite » — 2 classes\", \"deposer\": " + deposer + "}");
        assertEquals(201, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }

    private static double imp(Http rectorat) {
        return Json.objet(rectorat.get("/api/dotations/" + ANNEE + "/0380001V").body()).getJsonNumber("imp").doubleValue();
    }

    private static void ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
    }
}
