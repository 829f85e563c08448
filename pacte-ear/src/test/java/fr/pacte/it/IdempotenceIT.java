package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Idempotent writes (issue 14): the natural key of an attribution, the Idempotency-Key header, cancelling twice, and
 * the versions of the allocation and the reserves. Own data: campaign 2077-2078, collège 0385701R, personnels IDM….
 */
class IdempotenceIT extends PacteIT {

    private static final String ANNEE = "2077-2078";
    private static final String COLLEGE = "0385701R";
    private static final String CHEF = "chef.0385701r";
    private static final String ENTETE = "annee_scolaire;uai;identifiant;dispositif;code_mission;parts;taux_imp;heures;date_debut;date_fin;modalite\n";
    private static final String MOT_DE_PASSE_TEST = "$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO";

    @BeforeAll
    static void donnees() throws Exception {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES ('" + ANNEE
                    + "', '2077-09-01', '2078-08-31', 'PREPARATION') ON CONFLICT DO NOTHING");
            // retries are tested here, not volunteering (ReglesTextesIT)
            s.execute("UPDATE referentiel.campagne SET volontariat_requis = false WHERE annee_scolaire = '" + ANNEE + "'");
            s.execute("INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire,"
                    + " departement_code, commune, secteur, education_prioritaire, recherche) VALUES ('" + COLLEGE
                    + "', 'CLG', 'Collège Idempotence', '', '038', 'Voiron', 'PU', '', 'college idempotence voiron "
                    + COLLEGE.toLowerCase() + "') ON CONFLICT DO NOTHING");
            for (int i = 1; i <= 6; i++) {
                String id = "IDM000000000" + i;
                s.execute("INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps,"
                        + " discipline, uai_affectation, recherche) VALUES ('" + id + "', 'Mme', 'Répétée', 'Claire', 'F',"
                        + " '1980-01-0" + i + "', 'CERTIFIE', 'Histoire-géographie', '" + COLLEGE + "', 'repetee claire "
                        + id.toLowerCase() + "') ON CONFLICT DO NOTHING");
            }
            s.execute("INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche) VALUES ('"
                    + CHEF + "', '" + MOT_DE_PASSE_TEST + "', 'CHEF_ETABLISSEMENT', NULL, '" + COLLEGE
                    + "', 'Principal du collège Idempotence') ON CONFLICT DO NOTHING");
        }
        Http rectorat = rectorat();
        ok(rectorat.put("/api/allocations/" + ANNEE, "{\"PREMIER_DEGRE\": 10, \"SECOND_DEGRE\": 100, \"VOIE_PRO\": 10, \"IMP\": 20}"));
        ok(rectorat.put("/api/dotations/" + ANNEE + "/" + COLLEGE, "{\"parts\": 12, \"imp\": 6, \"version\": 0}"));
        ok(rectorat.postJson("/api/dotations/" + ANNEE + "/publication", "{}"));
    }

    @Test
    void theSameAttributionsFileImportedTwiceChangesNothing() {
        String fichier = ENTETE
                + ANNEE + ";" + COLLEGE + ";IDM0000000001;PACTE;P2-DEVOIRS-FAITS;1;;24;01/09/2077;30/06/2078;ANNUELLE\n"
                + ANNEE + ";" + COLLEGE + ";IDM0000000001;IMP;IMP-REF-NUMERIQUE;;002;;01/09/2077;30/06/2078;ANNUELLE\n";
        HttpResponse<String> premier = importer(fichier);
        assertEquals(200, premier.statusCode(), premier.body());
        assertEquals(2, Json.objet(premier.body()).getInt("crees"), premier.body());
        String avant = empreinte("IDM0000000001");

        HttpResponse<String> second = importer(fichier);
        assertEquals(200, second.statusCode(), second.body());
        JsonObject rapport = Json.objet(second.body());
        assertEquals(0, rapport.getInt("crees"), second.body());
        assertEquals(0, rapport.getInt("modifies"), second.body());
        assertEquals(2, rapport.getInt("inchanges"), second.body());
        assertEquals(avant, empreinte("IDM0000000001"), "attributions et lettres inchangées");

        // the same natural key with two parts is neither a repeat nor a second attribution: refused, naming the first
        HttpResponse<String> autre = importer(fichier.replace(";1;;24;", ";2;;48;"));
        assertEquals(422, autre.statusCode(), autre.body());
        String id = BaseDeTest.valeur("SELECT id FROM mission.attribution WHERE identifiant = 'IDM0000000001' AND dispositif = 'PACTE'");
        assertTrue(autre.body().contains("déjà enregistrée (n° " + id + ")"), autre.body());
        assertEquals(avant, empreinte("IDM0000000001"));
    }

    @Test
    void theSamePostWithTheSameIdempotencyKeyCreatesOneAttribution() {
        Http chef = http().basic(CHEF, "test");
        byte[] corps = pacte("IDM0000000002", "P2-DEVOIRS-FAITS", 1, 24).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> premier = chef.postAvecEntetes("/api/attributions", "application/json", corps, "Idempotency-Key", "cle-idm-1");
        assertEquals(201, premier.statusCode(), premier.body());
        HttpResponse<String> second = chef.postAvecEntetes("/api/attributions", "application/json", corps, "Idempotency-Key", "cle-idm-1");
        assertEquals(201, second.statusCode(), second.body());
        assertEquals(premier.body(), second.body());
        assertEquals("true", second.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals("1", compter("IDM0000000002"));

        byte[] autreCorps = pacte("IDM0000000002", "P2-RCD", 1, 18).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> autre = chef.postAvecEntetes("/api/attributions", "application/json", autreCorps, "Idempotency-Key", "cle-idm-1");
        assertEquals(422, autre.statusCode(), autre.body());
        assertTrue(autre.body().contains("déjà servi pour une autre requête"), autre.body());
        assertEquals("1", compter("IDM0000000002"));
        // the key belongs to its caller: the rectorat's own "cle-idm-1" is another key
        HttpResponse<String> rectorat = rectorat().postAvecEntetes("/api/attributions", "application/json", autreCorps,
                "Idempotency-Key", "cle-idm-1");
        assertEquals(201, rectorat.statusCode(), rectorat.body());
    }

    @Test
    void attributingTheSameAgainAnswersTheExistingOneAndOtherPartsAreAConflict() {
        Http chef = http().basic(CHEF, "test");
        HttpResponse<String> premier = chef.postJson("/api/attributions", pacte("IDM0000000003", "P2-DEVOIRS-FAITS", 1, 24));
        assertEquals(201, premier.statusCode(), premier.body());
        long id = Json.objet(premier.body()).getJsonNumber("id").longValue();
        HttpResponse<String> encore = chef.postJson("/api/attributions", pacte("IDM0000000003", "P2-DEVOIRS-FAITS", 1, 24));
        assertEquals(200, encore.statusCode(), encore.body());
        assertEquals(id, Json.objet(encore.body()).getJsonNumber("id").longValue());
        HttpResponse<String> deux = chef.postJson("/api/attributions", pacte("IDM0000000003", "P2-DEVOIRS-FAITS", 2, 48));
        assertEquals(409, deux.statusCode(), deux.body());
        assertEquals(id, Json.objet(deux.body()).getJsonObject("actuelle").getJsonNumber("id").longValue());
        assertTrue(deux.body().contains("déjà enregistrée (n° " + id + ")"), deux.body());
        assertEquals("1", compter("IDM0000000003"));
    }

    @Test
    void concurrentRequestsWithOneKeyRunOnce() throws Exception {
        byte[] corps = pacte("IDM0000000004", "P2-DEVOIRS-FAITS", 1, 24).getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> reponses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reponses.add(pool.submit(() -> http().basic(CHEF, "test").postAvecEntetes("/api/attributions", "application/json",
                    corps, "Idempotency-Key", "cle-idm-concurrente").statusCode()));
        }
        for (Future<Integer> r : reponses) {
            int statut = r.get();
            assertTrue(statut == 201 || statut == 409, "201 (la première ou sa réponse rejouée) ou 409 (en cours) : " + statut);
        }
        pool.shutdown();
        assertEquals("1", compter("IDM0000000004"));
    }

    @Test
    void cancellingACancelledAttributionChangesNothing() {
        Http chef = http().basic(CHEF, "test");
        long annulee = id(chef.postJson("/api/attributions", pacte("IDM0000000005", "P2-DEVOIRS-FAITS", 1, 24)));
        id(chef.postJson("/api/attributions", pacte("IDM0000000005", "P2-RCD", 1, 18)));
        String lettre = "/api/lettres/" + ANNEE + "/" + COLLEGE + "/IDM0000000005";
        ok(chef.postJson(lettre + "/signature", ""));
        ok(chef.postJson("/api/attributions/" + annulee + "/annulation", "")); // opens avenant n° 1
        ok(chef.postJson(lettre + "/signature", ""));
        String versions = versionsDeLettre("IDM0000000005");
        String attribution = BaseDeTest.valeur("SELECT annulee || '/' || version FROM mission.attribution WHERE id = " + annulee);
        assertEquals("2", versions);

        HttpResponse<String> encore = chef.postJson("/api/attributions/" + annulee + "/annulation", "");
        assertEquals(200, encore.statusCode(), encore.body());
        assertTrue(Json.objet(encore.body()).getBoolean("annulee"));
        assertEquals(versions, versionsDeLettre("IDM0000000005"), "pas d'avenant n° 2");
        assertEquals(attribution, BaseDeTest.valeur("SELECT annulee || '/' || version FROM mission.attribution WHERE id = " + annulee));
        // once cancelled, the same mission may be given again (the natural key holds among attributions in force)
        assertEquals(201, chef.postJson("/api/attributions", pacte("IDM0000000005", "P2-DEVOIRS-FAITS", 1, 24)).statusCode());
    }

    @Test
    void aStaleAllocationOrReserveVersionAnswers409WithTheCurrentValues() {
        Http rectorat = rectorat();
        JsonObject second = ligne(rectorat, "SECOND_DEGRE");
        long lue = second.getJsonNumber("version").longValue();
        ok(rectorat.put("/api/allocations/" + ANNEE, "{\"SECOND_DEGRE\": 101, \"versions\": {\"SECOND_DEGRE\": " + lue + "}}"));
        HttpResponse<String> perimee = rectorat.put("/api/allocations/" + ANNEE,
                "{\"SECOND_DEGRE\": 90, \"versions\": {\"SECOND_DEGRE\": " + lue + "}}");
        assertEquals(409, perimee.statusCode(), perimee.body());
        assertTrue(perimee.body().contains("modifiée entre-temps"), perimee.body());
        JsonObject actuelle = Json.objet(perimee.body()).getJsonArray("actuelle").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("ligne").equals("SECOND_DEGRE")).findFirst().orElseThrow();
        assertEquals(101, actuelle.getJsonNumber("alloue").intValue());
        assertNotEquals(lue, actuelle.getJsonNumber("version").longValue());
        assertEquals(101, ligne(rectorat, "SECOND_DEGRE").getJsonNumber("alloue").intValue(), "rien d'écrit");

        String reserve = "/api/reserves/" + ANNEE + "/038";
        HttpResponse<String> creee = rectorat.put(reserve, "{\"partsSecondDegre\": 3, \"imp\": 1, \"version\": 0}");
        ok(creee);
        long version = Json.objet(creee.body()).getJsonNumber("version").longValue();
        ok(rectorat.put(reserve, "{\"partsSecondDegre\": 4, \"imp\": 1, \"version\": " + version + "}"));
        HttpResponse<String> reservePerimee = rectorat.put(reserve, "{\"partsSecondDegre\": 1, \"imp\": 0, \"version\": " + version + "}");
        assertEquals(409, reservePerimee.statusCode(), reservePerimee.body());
        JsonObject r = Json.objet(reservePerimee.body()).getJsonObject("actuelle");
        assertEquals(4, r.getJsonNumber("partsSecondDegre").intValue());
        assertEquals(version + 1, r.getJsonNumber("version").longValue());
        assertEquals(409, rectorat.put(reserve, "{\"partsSecondDegre\": 1, \"imp\": 0, \"version\": 0}").statusCode(),
                "la version 0 (réserve jamais lue) ne vaut plus une fois la réserve créée");
    }

    private static JsonObject ligne(Http rectorat, String ligne) {
        HttpResponse<String> r = rectorat.get("/api/allocations/" + ANNEE);
        return Json.structure(r.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("ligne").equals(ligne)).findFirst().orElseThrow();
    }

    private static HttpResponse<String> importer(String fichier) {
        return rectorat().post("/api/imports/attributions", "text/csv", fichier.getBytes(StandardCharsets.UTF_8));
    }

    /** Digest of a personnel's attributions and letter versions, every column. */
    private static String empreinte(String identifiant) {
        return BaseDeTest.valeur("SELECT md5(coalesce((SELECT string_agg(a::text, '|' ORDER BY a.id) FROM mission.attribution a"
                + " WHERE a.identifiant = '" + identifiant + "'), '') || '#' || coalesce((SELECT string_agg(l::text, '|' ORDER BY l.id)"
                + " FROM mission.lettre l WHERE l.identifiant = '" + identifiant + "'), ''))");
    }

    private static String compter(String identifiant) {
        return BaseDeTest.valeur("SELECT count(*) FROM mission.attribution WHERE annee_scolaire = '" + ANNEE
                + "' AND identifiant = '" + identifiant + "' AND NOT annulee");
    }

    private static String versionsDeLettre(String identifiant) {
        return BaseDeTest.valeur("SELECT count(*) FROM mission.lettre WHERE annee_scolaire = '" + ANNEE
                + "' AND identifiant = '" + identifiant + "'");
    }

    private static String pacte(String identifiant, String mission, int parts, int heures) {
        return EnveloppesSuivi.pacte(ANNEE, COLLEGE, identifiant, mission, String.valueOf(parts), String.valueOf(heures));
    }

    private static long id(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }

    private static Http rectorat() {
        return http().basic("rectorat", "test");
    }

    private static void ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
    }
}
