package fr.pacte.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static fr.pacte.it.LettresDeTest.CHEF;
import static fr.pacte.it.LettresDeTest.COLLEGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lifecycle of the lettres de mission on campaign 2040-2041 (reserved to this class): the letter follows the
 * attributions, the chef signs it, the agent accepts it with his own account (or the chef records it), a change of
 * missions opens an avenant and the signed version stays as it was; every role keeps to its scope. One test walks the
 * letter's life step by step: each step needs the state the one before left, and no test may rely on another's order.
 */
class LettreIT extends PacteIT {

    private static final String ANNEE = "2040-2041";
    private static final String LET01 = "LET0000000001";
    private static final String LET02 = "LET0000000002";
    private static final String LETTRE_01 = "/api/lettres/" + ANNEE + "/" + COLLEGE + "/" + LET01;
    private static final String LETTRE_02 = "/api/lettres/" + ANNEE + "/" + COLLEGE + "/" + LET02;

    @BeforeAll
    static void attribuer() {
        LettresDeTest.publierEnveloppe(http().basic("rectorat", "test"), ANNEE, 10, 4);
        Http chef = chef();
        LettresDeTest.pacte(chef, ANNEE, LET01, "P2-DEVOIRS-FAITS", 24);
        LettresDeTest.pacte(chef, ANNEE, LET01, "P2-INNOVATION", null);
        LettresDeTest.imp(chef, ANNEE, LET01, "IMP-REF-NUMERIQUE", "002");
        LettresDeTest.pacte(chef, ANNEE, LET02, "P2-RCD", 18);
        LettresDeTest.pacte(chef, ANNEE, "LET0000000003", "P2-DEVOIRS-FAITS", 24);
    }

    @Test
    void aLetterFromItsDraftToItsAvenantThenAllLettersAsOneZip() throws Exception {
        theChefListsOneDraftLetterPerPersonnelWithMissions();
        theDraftPdfCarriesEveryFieldOfTheBoModelInItsOrderWithTheImpInEuros();
        theChefSignsOnceAndTheSignedPdfNamesHimAndTheDay();
        everyRoleKeepsToItsScope();
        theAgentAcceptsHisSignedLetterOnce();
        aNewMissionOnAnAcceptedLetterOpensAnAvenantAndKeepsTheSignedVersion();
        aDraftCannotBeAcceptedAndTheChefRecordsAnAcceptanceGivenOnPaper();
        theChefGetsAllHisLettersAsOneZipProducedInTheBackground();
    }

    private void theChefListsOneDraftLetterPerPersonnelWithMissions() {
        HttpResponse<String> r = chef().get("/api/lettres?annee=" + ANNEE + "&uai=" + COLLEGE);
        assertEquals(200, r.statusCode(), r.body());
        List<JsonObject> lettres = Json.structure(r.body()).asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(java.util.Set.of("Çelik", "Lefèvre-Œhmichen", "Noël"),
                lettres.stream().map(l -> l.getString("nom")).collect(java.util.stream.Collectors.toSet()));
        JsonObject helene = lettres.stream().filter(l -> l.getString("identifiant").equals(LET01)).findFirst().orElseThrow();
        assertEquals(3, helene.getInt("nombreMissions"));
        assertEquals("BROUILLON", helene.getString("etat"));
        assertEquals(1, helene.getInt("numero"));
    }

    private void theDraftPdfCarriesEveryFieldOfTheBoModelInItsOrderWithTheImpInEuros() {
        String texte = pdf(chef(), LETTRE_01);
        List<String> attendus = List.of(
                "Établissement : 0389001C – CLG Collège Françoise-Dolto Cité scolaire « Les Œillets »",
                "Année scolaire : 2040-2041",
                "Le chef d'établissement à Mme Hélène Lefèvre-Œhmichen",
                "Discipline : Éducation musicale",
                "OBJET : LETTRE DE MISSION POUR LA PART FONCTIONNELLE DE L'ISOE",
                "Madame,",
                "En référence au décret n° 93-55 du 15 janvier 1993 modifié",
                "pour l'année scolaire 2040-2041",
                "« Intervention dans le dispositif Devoirs faits au collège » du 01/09/2040 au 30/06/2041, 1 part(s) fonctionnelle(s) (24 h)",
                "« Coordination et prise en charge des projets d'innovation pédagogique » du 01/09/2040 au 30/06/2041, 1 part(s) fonctionnelle(s) (engagement annuel)",
                "« Référent pour les ressources et usages pédagogiques numériques » du 01/09/2040 au 30/06/2041, taux moitié (002) – 0,5 IMP – 625,00 € annuels",
                "redéploiement",
                "À Saint-Égrève, le",
                "Le chef d'établissement");
        int position = -1;
        for (String attendu : attendus) {
            int trouve = texte.indexOf(attendu, position + 1);
            assertTrue(trouve > position, "« " + attendu + " » absent ou hors de l'ordre du modèle dans : " + texte);
            position = trouve;
        }
        assertFalse(texte.contains("AVENANT"), texte);
    }

    private void theChefSignsOnceAndTheSignedPdfNamesHimAndTheDay() {
        HttpResponse<String> r = chef().postJson(LETTRE_01 + "/signature", "");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("SIGNEE", Json.objet(r.body()).getString("etat"));
        HttpResponse<String> encore = chef().postJson(LETTRE_01 + "/signature", "");
        assertEquals(409, encore.statusCode(), encore.body());
        assertTrue(encore.body().contains("déjà signée"), encore.body());
        String texte = pdf(http().basic("personnel.let01", "test"), LETTRE_01);
        assertTrue(texte.contains("Agnès Cœurdevey, principale"), texte);
        assertTrue(texte.matches(".*À Saint-Égrève, le \\d{1,2} [a-zéû]+ \\d{4}.*"), texte);
    }

    private void everyRoleKeepsToItsScope() {
        Http autreAgent = http().basic("personnel.let02", "test");
        assertEquals(403, autreAgent.getBytes(LETTRE_01 + "/pdf").statusCode());
        assertEquals(403, autreAgent.get(LETTRE_01 + "/versions").statusCode());
        assertEquals(403, autreAgent.postJson(LETTRE_01 + "/acceptation", "").statusCode());
        assertEquals(403, autreAgent.get("/api/lettres?annee=" + ANNEE + "&uai=" + COLLEGE).statusCode());
        assertEquals(403, http().basic("personnel.let01", "test").postJson(LETTRE_02 + "/signature", "").statusCode());
        assertEquals(403, http().basic("chef.0389002d", "test").getBytes(LETTRE_01 + "/pdf").statusCode());
        assertEquals(403, http().basic("chef.0389002d", "test").postJson(LETTRE_02 + "/signature", "").statusCode());
        assertEquals(403, http().basic("rectorat", "test").postJson(LETTRE_02 + "/signature", "").statusCode());
        assertEquals(403, http().basic("dasen.073", "test").getBytes(LETTRE_01 + "/pdf").statusCode());
        assertEquals(403, http().basic("analyste", "test").getBytes(LETTRE_01 + "/pdf").statusCode());
        assertEquals(200, http().basic("dasen.038", "test").getBytes(LETTRE_01 + "/pdf").statusCode());
        assertEquals(200, http().basic("rectorat", "test").getBytes(LETTRE_01 + "/pdf").statusCode());

        HttpResponse<String> miennes = autreAgent.get("/api/lettres/miennes");
        assertEquals(200, miennes.statusCode(), miennes.body());
        List<JsonObject> lettres = Json.structure(miennes.body()).asJsonArray().getValuesAs(JsonObject.class);
        assertTrue(lettres.stream().allMatch(l -> l.getString("identifiant").equals(LET02)), miennes.body());
        assertEquals(1, lettres.stream().filter(l -> l.getString("anneeScolaire").equals(ANNEE)).count(), miennes.body());
        JsonArray missions = Json.structure(autreAgent.get("/api/lettres/mes-missions").body()).asJsonArray();
        assertTrue(missions.getValuesAs(JsonObject.class).stream().allMatch(m -> m.getString("identifiant").equals(LET02)));
        assertEquals(403, http().basic("chef.0389001c", "test").get("/api/lettres/miennes").statusCode());
    }

    private void theAgentAcceptsHisSignedLetterOnce() {
        Http agent = http().basic("personnel.let01", "test");
        HttpResponse<String> r = agent.postJson(LETTRE_01 + "/acceptation", "");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject version = Json.objet(r.body());
        assertEquals("ACCEPTEE", version.getString("etat"));
        assertEquals("personnel.let01", version.getString("accepteePar"));
        assertFalse(version.getBoolean("accepteeParChef"));
        assertEquals(409, agent.postJson(LETTRE_01 + "/acceptation", "").statusCode());
    }

    private void aNewMissionOnAnAcceptedLetterOpensAnAvenantAndKeepsTheSignedVersion() {
        long stages = LettresDeTest.pacte(chef(), ANNEE, LET01, "P2-STAGES-REUSSITE", 24);
        List<JsonObject> versions = versions(LETTRE_01);
        assertEquals(2, versions.size(), versions.toString());
        assertEquals("ACCEPTEE", versions.get(0).getString("etat"));
        assertFalse(versions.get(0).getBoolean("courante"));
        assertEquals("BROUILLON", versions.get(1).getString("etat"));
        assertTrue(versions.get(1).getBoolean("courante"));

        String signee = pdf(chef(), LETTRE_01 + "/pdf?version=1");
        assertFalse(signee.contains("stages de réussite"), signee);
        assertTrue(signee.contains("Agnès Cœurdevey, principale"), signee);
        assertTrue(signee.contains("Lu et accepté par Hélène Lefèvre-Œhmichen, le "), "the accepted version: " + signee);
        String avenant = pdf(chef(), LETTRE_01);
        assertTrue(avenant.contains("L'ISOE ET DES MISSIONS PARTICULIÈRES (IMP) – AVENANT N° 1"), avenant);
        assertFalse(avenant.contains("Lu et accepté"), "the avenant is not accepted yet: " + avenant);
        assertTrue(avenant.contains("« Intervention dans les dispositifs stages de réussite et École ouverte »"), avenant);
        assertTrue(avenant.contains("version 2"), avenant);

        // the avenant is a brouillon: cancelling the new mission changes it, no third version
        assertEquals(200, chef().postJson("/api/attributions/" + stages + "/annulation", "").statusCode());
        assertEquals(2, versions(LETTRE_01).size());
        assertFalse(pdf(chef(), LETTRE_01).contains("stages de réussite"));
    }

    private void aDraftCannotBeAcceptedAndTheChefRecordsAnAcceptanceGivenOnPaper() {
        HttpResponse<String> brouillon = chef().postJson(LETTRE_02 + "/acceptation", "");
        assertEquals(409, brouillon.statusCode(), brouillon.body());
        assertTrue(brouillon.body().contains("pas encore signée"), brouillon.body());
        assertEquals(200, chef().postJson(LETTRE_02 + "/signature", "").statusCode());
        HttpResponse<String> r = chef().postJson(LETTRE_02 + "/acceptation", "");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Json.objet(r.body()).getBoolean("accepteeParChef"));
    }

    private void theChefGetsAllHisLettersAsOneZipProducedInTheBackground() throws Exception {
        assertEquals(403, http().basic("personnel.let01", "test").postJson("/api/lettres/lots",
                "{\"annee\": \"" + ANNEE + "\"}").statusCode());
        assertEquals(403, chef().postJson("/api/lettres/lots", "{\"annee\": \"" + ANNEE + "\", \"uai\": \"0389002D\"}").statusCode());
        HttpResponse<String> r = chef().postJson("/api/lettres/lots", "{\"annee\": \"" + ANNEE + "\"}");
        assertEquals(202, r.statusCode(), r.body());
        long id = Json.objet(r.body()).getJsonNumber("id").longValue();
        JsonObject lot = Json.objet(r.body());
        for (int i = 0; i < 120 && !List.of("TERMINE", "ECHEC").contains(lot.getString("etat")); i++) {
            Thread.sleep(500);
            lot = Json.objet(chef().get("/api/lettres/lots/" + id).body());
        }
        assertEquals("TERMINE", lot.getString("etat"), lot.toString());
        assertEquals(3, lot.getInt("total"));
        assertEquals(3, lot.getInt("faites"));
        assertTrue(lot.getJsonNumber("taille").longValue() > 3 * 10_000, lot.toString());
        assertEquals(404, http().basic("chef.0389002d", "test").get("/api/lettres/lots/" + id).statusCode());

        HttpResponse<byte[]> zip = chef().getBytes("/api/lettres/lots/" + id + "/zip");
        assertEquals(200, zip.statusCode());
        List<String> entrees = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entrees.add(e.getName());
                byte[] pdf = in.readAllBytes();
                if (e.getName().contains(LET01)) {
                    assertTrue(LettresDeTest.texte(pdf).contains("AVENANT N° 1"), "the ZIP holds the current version");
                }
            }
        }
        assertEquals(List.of("0389001C/CELIK_Francois_LET0000000002_v1.pdf",
                "0389001C/LEFEVRE-OEHMICHEN_Helene_LET0000000001_v2.pdf",
                "0389001C/NOEL_Maelle_LET0000000003_v1.pdf"), entrees.stream().sorted().toList());
    }

    private static Http chef() {
        return http().basic(CHEF, "test");
    }

    private static List<JsonObject> versions(String lettre) {
        HttpResponse<String> r = chef().get(lettre + "/versions");
        assertEquals(200, r.statusCode(), r.body());
        return Json.structure(r.body()).asJsonArray().getValuesAs(JsonObject.class);
    }

    /** The text of the letter's current PDF; {@code lettre} may end with a query string ("/pdf?version=1"). */
    private static String pdf(Http qui, String lettre) {
        String chemin = lettre.contains("/pdf") ? lettre : lettre + "/pdf";
        HttpResponse<byte[]> r = qui.getBytes(chemin);
        assertEquals(200, r.statusCode(), () -> new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(new String(r.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        return LettresDeTest.texte(r.body());
    }
}
