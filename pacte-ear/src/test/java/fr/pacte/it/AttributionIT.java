package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attributions against the envelope and the personal caps, on campaign 2038-2039 (reserved to this class). */
class AttributionIT extends PacteIT {

    private static final String ANNEE = "2038-2039";
    private static final String ENTETE = "annee_scolaire;uai;identifiant;dispositif;code_mission;parts;taux_imp;heures;date_debut;date_fin;modalite\n";

    @BeforeAll
    static void publierLesEnveloppes() {
        Http rectorat = http().basic("rectorat", "test");
        ok(rectorat.put("/api/allocations/" + ANNEE, "{\"PREMIER_DEGRE\": 10, \"SECOND_DEGRE\": 50, \"VOIE_PRO\": 50, \"IMP\": 20}"));
        ok(rectorat.put("/api/dotations/" + ANNEE + "/0380001V", "{\"parts\": 5, \"imp\": 2, \"version\": 0}"));
        ok(rectorat.put("/api/dotations/" + ANNEE + "/0380002W", "{\"parts\": 20, \"imp\": 0, \"version\": 0}"));
        ok(rectorat.postJson("/api/dotations/" + ANNEE + "/publication", "{}"));
    }

    @Test
    void fiftyConcurrentAttributionsNeverOverrunTheEnvelope() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> reponses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String personne = i % 2 == 0 ? "TST0000000001" : "TST0000000002";
            // each from another day: identical requests would be one attribution (natural key, V13)
            String debut = java.time.LocalDate.of(2038, 9, 1).plusDays(i).toString();
            reponses.add(pool.submit(() -> http().basic("chef.0380001v", "test").postJson("/api/attributions",
                    pacte("0380001V", personne, "P2-DEVOIRS-FAITS", 1, 24).replace("2038-09-01", debut)).statusCode()));
        }
        int acceptees = 0;
        for (Future<Integer> r : reponses) {
            acceptees += r.get() == 201 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(5, acceptees, "enveloppe de 5 parts");
        assertEquals("5.0", BaseDeTest.valeur("SELECT sum(parts) FROM mission.attribution WHERE annee_scolaire = '" + ANNEE
                + "' AND uai = '0380001V' AND NOT annulee"));
    }

    @Test
    void theSeventhPartOfAVoieProTeacherIsRefused() {
        Http chef = http().basic("rectorat", "test");
        assertEquals(201, chef.postJson("/api/attributions", pacte("0380002W", "TST0000000003", "LP-RCD", 1, 18)).statusCode());
        assertEquals(201, chef.postJson("/api/attributions", pacte("0380002W", "TST0000000003", "LP-GROUPES-REDUITS", 3, 72)).statusCode());
        assertEquals(201, chef.postJson("/api/attributions", pacte("0380002W", "TST0000000003", "LP-TUTORAT", 2, null)).statusCode());
        HttpResponse<String> septieme = chef.postJson("/api/attributions", pacte("0380002W", "TST0000000003", "LP-OPTIONS", 1, 24));
        assertEquals(422, septieme.statusCode(), septieme.body());
        assertTrue(septieme.body().contains("plafond personnel dépassé"), septieme.body());
    }

    @Test
    void anImportWithOneBadLineWritesNothingAndGivesTheSameRefusalAsTheApi() {
        String fichier = ENTETE
                + ANNEE + ";0380002W;TST0000000003;PACTE;LP-DECROCHAGE;0;;;01/09/2038;30/06/2039;ANNUELLE\n"
                + ANNEE + ";0380002W;TST0000000003;PACTE;P1-INNOVATION;1;;;01/09/2038;30/06/2039;ANNUELLE\n"
                + ANNEE + ";0380002W;TST0000000003;PACTE;LP-OPTIONS;1;;24;31/02/2039;30/06/2039;ANNUELLE\n";
        Http rectorat = http().basic("rectorat", "test");
        String avant = BaseDeTest.valeur("SELECT count(*) FROM mission.attribution WHERE annee_scolaire = '" + ANNEE + "'");
        HttpResponse<String> r = rectorat.post("/api/imports/attributions", "text/csv", fichier.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode(), r.body());
        List<JsonObject> erreurs = Json.objet(r.body()).getJsonArray("erreurs").getValuesAs(JsonObject.class);
        assertTrue(erreurs.stream().anyMatch(e -> e.getInt("ligne") == 2 && e.getString("colonne").equals("parts")), r.body());
        assertTrue(erreurs.stream().anyMatch(e -> e.getInt("ligne") == 3 && e.getString("colonne").equals("code_mission")), r.body());
        assertTrue(erreurs.stream().anyMatch(e -> e.getInt("ligne") == 4 && e.getString("colonne").equals("date_debut")), r.body());
        assertEquals(avant, BaseDeTest.valeur("SELECT count(*) FROM mission.attribution WHERE annee_scolaire = '" + ANNEE + "'"));

        String regleImport = erreurs.stream().filter(e -> e.getInt("ligne") == 3).findFirst().orElseThrow().getString("regle");
        HttpResponse<String> api = rectorat.postJson("/api/attributions", pacte("0380002W", "TST0000000003", "P1-INNOVATION", 1, null));
        assertEquals(422, api.statusCode());
        assertEquals(regleImport, Json.objet(api.body()).getJsonArray("erreurs").getJsonObject(0).getString("regle"));
    }

    @Test
    void aChefAttributesOnlyInHisEtablissement() {
        HttpResponse<String> r = http().basic("chef.0730001e", "test")
                .postJson("/api/attributions", pacte("0380001V", "TST0000000001", "P2-DEVOIRS-FAITS", 1, 24));
        assertEquals(403, r.statusCode(), r.body());
        assertEquals(403, http().basic("dasen.038", "test")
                .postJson("/api/attributions", pacte("0380001V", "TST0000000001", "P2-DEVOIRS-FAITS", 1, 24)).statusCode());
    }

    private static String pacte(String uai, String identifiant, String mission, int parts, Integer heures) {
        return "{\"annee\": \"" + ANNEE + "\", \"uai\": \"" + uai + "\", \"identifiant\": \"" + identifiant
                + "\", \"dispositif\": \"PACTE\", \"codeMission\": \"" + mission + "\", \"parts\": " + parts
                + (heures == null ? "" : ", \"heures\": " + heures)
                + ", \"dateDebut\": \"2038-09-01\", \"dateFin\": \"2039-06-30\", \"modalite\": \"ANNUELLE\"}";
    }

    private static void ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
    }
}
