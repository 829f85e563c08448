package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Envelopes against the allocation: concurrency, stale edits, imports, publication. One campaign per scenario. */
class DotationIT extends PacteIT {

    private static final String[] COLLEGES_074 = new String[20];

    static {
        String lettres = "ABCDEFGHJKLMNPRSTUVWXYZ";
        for (int i = 1; i <= 20; i++) {
            String n = String.format("07405%02d", i);
            COLLEGES_074[i - 1] = n + lettres.charAt(Integer.parseInt(n) % 23);
        }
    }

    private final Http rectorat = http().basic("rectorat", "test");

    @Test
    void allocationCapHoldsUnderTwentyParallelEdits() throws Exception {
        allouer("2030-2031", 30, 10);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> reponses = new ArrayList<>();
        for (String uai : COLLEGES_074) {
            Callable<Integer> edition = () -> http().basic("rectorat", "test")
                    .put("/api/dotations/2030-2031/" + uai, "{\"parts\": 2, \"imp\": 0.5, \"version\": 0}").statusCode();
            reponses.add(pool.submit(edition));
        }
        int acceptees = 0;
        int refusees = 0;
        for (Future<Integer> r : reponses) {
            int statut = r.get();
            if (statut == 200) {
                acceptees++;
            } else if (statut == 422) {
                refusees++;
            }
        }
        pool.shutdown();
        assertEquals(15, acceptees, "30 parts allouées, 2 par collège");
        assertEquals(5, refusees);
        assertEquals("30.0", BaseDeTest.valeur("SELECT sum(parts) FROM dotation.enveloppe WHERE annee_scolaire = '2030-2031'"));
        assertEquals("30.00", BaseDeTest.valeur("SELECT distribue FROM dotation.allocation_etat WHERE annee_scolaire = '2030-2031' AND ligne = 'SECOND_DEGRE'"));
        assertEquals("7.50", BaseDeTest.valeur("SELECT distribue FROM dotation.allocation_etat WHERE annee_scolaire = '2030-2031' AND ligne = 'IMP'"));
    }

    @Test
    void staleEditIsRefusedWithTheFreshValues() {
        allouer("2031-2032", 20, 10);
        String uai = COLLEGES_074[0];
        long version = Json.objet(rectorat.get("/api/dotations/2031-2032/" + uai).body()).getJsonNumber("version").longValue();
        HttpResponse<String> premier = rectorat.put("/api/dotations/2031-2032/" + uai,
                "{\"parts\": 3, \"imp\": 1, \"version\": " + version + "}");
        assertEquals(200, premier.statusCode(), premier.body());
        HttpResponse<String> perime = http().basic("rectorat", "test").put("/api/dotations/2031-2032/" + uai,
                "{\"parts\": 5, \"imp\": 1, \"version\": " + version + "}");
        assertEquals(409, perime.statusCode(), perime.body());
        JsonObject conflit = Json.objet(perime.body());
        assertTrue(conflit.getString("erreur").contains("modifiée entre-temps"), perime.body());
        assertEquals(3, conflit.getJsonObject("actuelle").getJsonNumber("parts").intValue());
    }

    /** The screen's inline edit: its answer carries the totals of the same transaction, which the page shows. */
    @Test
    void inlineEditAnswersTheTotalsOfItsTransaction() {
        allouer("2031-2032", 20, 10);
        String uai = COLLEGES_074[5];
        String chemin = "/api/dotations/2031-2032/" + uai + "/saisie";
        long version = Json.objet(rectorat.get("/api/dotations/2031-2032/" + uai).body()).getJsonNumber("version").longValue();
        HttpResponse<String> r = rectorat.put(chemin, "{\"parts\": 4, \"imp\": 1.25, \"version\": " + version + "}");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject saisie = Json.objet(r.body());
        assertEquals(4, saisie.getJsonNumber("parts").intValue());
        assertEquals(version + 1, saisie.getJsonNumber("version").longValue());
        String distribue = BaseDeTest.valeur("SELECT distribue FROM dotation.allocation_etat WHERE annee_scolaire = '2031-2032' AND ligne = 'SECOND_DEGRE'");
        JsonObject secondDegre = saisie.getJsonArray("allocation").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("ligne").equals("SECOND_DEGRE")).findFirst().orElseThrow();
        assertEquals(0, new java.math.BigDecimal(distribue).compareTo(secondDegre.getJsonNumber("distribue").bigDecimalValue()));
        String parts074 = BaseDeTest.valeur("SELECT sum(e.parts) FROM dotation.enveloppe e JOIN referentiel.etablissement et"
                + " ON et.uai = e.uai WHERE e.annee_scolaire = '2031-2032' AND et.departement_code = '074'");
        JsonObject departement = saisie.getJsonArray("totaux").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("departement").equals("074")).findFirst().orElseThrow();
        assertEquals(0, new java.math.BigDecimal(parts074).compareTo(departement.getJsonNumber("parts").bigDecimalValue()));
        String reste = BaseDeTest.valeur("SELECT sum(alloue - distribue) FROM dotation.allocation_etat WHERE annee_scolaire = '2031-2032' AND ligne <> 'IMP'");
        assertEquals(0, new java.math.BigDecimal(reste).compareTo(
                saisie.getJsonObject("academie").getJsonNumber("resteParts").bigDecimalValue()), r.body());

        HttpResponse<String> trop = rectorat.put(chemin, "{\"parts\": 400, \"imp\": 1.25, \"version\": " + (version + 1) + "}");
        assertEquals(422, trop.statusCode(), trop.body());
        assertTrue(Json.objet(trop.body()).getString("erreur").contains("Allocation académique dépassée"), trop.body());
        HttpResponse<String> perime = rectorat.put(chemin, "{\"parts\": 5, \"imp\": 1.25, \"version\": " + version + "}");
        assertEquals(409, perime.statusCode(), perime.body());
        assertEquals(4, Json.objet(perime.body()).getJsonObject("actuelle").getJsonNumber("parts").intValue());
        assertEquals(403, http().basic("dasen.038", "test").put(chemin, "{\"parts\": 1, \"imp\": 0, \"version\": "
                + (version + 1) + "}").statusCode());
    }

    @Test
    void quantaAndRolesAreEnforced() {
        allouer("2031-2032", 20, 10);
        String uai = COLLEGES_074[1];
        HttpResponse<String> demiPart = rectorat.put("/api/dotations/2031-2032/" + uai, "{\"parts\": 1.5, \"imp\": 0, \"version\": 0}");
        assertEquals(422, demiPart.statusCode());
        assertTrue(demiPart.body().contains("multiple de 1"), demiPart.body());
        HttpResponse<String> tiersImp = rectorat.put("/api/dotations/2031-2032/" + uai, "{\"parts\": 1, \"imp\": 0.3, \"version\": 0}");
        assertEquals(422, tiersImp.statusCode());
        assertTrue(tiersImp.body().contains("0,25"), tiersImp.body());
        assertEquals(403, http().basic("dasen.038", "test")
                .put("/api/dotations/2031-2032/" + uai, "{\"parts\": 1, \"imp\": 0, \"version\": 0}").statusCode());
    }

    @Test
    void importOverTheAllocationWritesNothing() throws Exception {
        allouer("2032-2033", 5, 10);
        String trop = "annee_scolaire;uai;parts_pacte;imp_taux_base\n"
                + "2032-2033;" + COLLEGES_074[0] + ";2;1\n"
                + "2032-2033;" + COLLEGES_074[1] + ";2;0,5\n"
                + "2032-2033;" + COLLEGES_074[2] + ";2;0\n";
        HttpResponse<String> refus = rectorat.post("/api/imports/dotations", "text/csv", trop.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refus.statusCode(), refus.body());
        assertTrue(refus.body().contains("Allocation académique dépassée"), refus.body());
        // the allocation is exceeded by the file as a whole: the refusal names no line (issue 15, point 8: not « ligne 0 »)
        JsonObject depassement = Json.objet(refus.body()).getJsonArray("erreurs").getJsonObject(0);
        assertFalse(depassement.containsKey("ligne") && !depassement.isNull("ligne"), refus.body());
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM dotation.enveloppe WHERE annee_scolaire = '2032-2033'"));

        String mauvais = "annee_scolaire;uai;parts_pacte;imp_taux_base\n"
                + "2032-2033;0740999A;1;0\n" + "1999-2000;" + COLLEGES_074[0] + ";1;0\n" + "2032-2033;" + COLLEGES_074[1] + ";deux;0,1\n";
        HttpResponse<String> erreurs = rectorat.post("/api/imports/dotations", "text/csv", mauvais.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, erreurs.statusCode());
        List<JsonObject> liste = Json.objet(erreurs.body()).getJsonArray("erreurs").getValuesAs(JsonObject.class);
        assertTrue(liste.stream().anyMatch(e -> e.getInt("ligne") == 2 && e.getString("colonne").equals("uai")), erreurs.body());
        assertTrue(liste.stream().anyMatch(e -> e.getInt("ligne") == 3 && e.getString("colonne").equals("annee_scolaire")), erreurs.body());
        assertTrue(liste.stream().anyMatch(e -> e.getInt("ligne") == 4 && e.getString("colonne").equals("parts_pacte")), erreurs.body());
        assertTrue(liste.stream().anyMatch(e -> e.getInt("ligne") == 4 && e.getString("colonne").equals("imp_taux_base")), erreurs.body());

        String juste = trop.replace(";2;0\n", ";1;0\n");
        HttpResponse<String> ok = rectorat.post("/api/imports/dotations", "text/csv", juste.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("5.0", BaseDeTest.valeur("SELECT sum(parts) FROM dotation.enveloppe WHERE annee_scolaire = '2032-2033'"));
        // envelopes set for the first time are counted as created, not as changed (issue 15, point 8)
        JsonObject premier = Json.objet(ok.body());
        assertEquals(List.of(3, 0, 0), List.of(premier.getInt("crees"), premier.getInt("modifies"), premier.getInt("inchanges")), ok.body());
        HttpResponse<String> encore = rectorat.post("/api/imports/dotations", "text/csv",
                juste.replace(";2;0,5\n", ";1;0,5\n").getBytes(StandardCharsets.UTF_8));
        JsonObject second = Json.objet(encore.body());
        assertEquals(List.of(0, 1, 2), List.of(second.getInt("crees"), second.getInt("modifies"), second.getInt("inchanges")), encore.body());
    }

    @Test
    void publicationOpensTheEnvelopeToTheChefAndCorrectionsNeedAReason() {
        allouer("2033-2034", 10, 10);
        assertEquals(200, rectorat.put("/api/dotations/2033-2034/0380001V", "{\"parts\": 4, \"imp\": 2, \"version\": 0}").statusCode());
        Http chef = http().basic("chef.0380001v", "test");
        assertEquals(422, chef.get("/api/dotations/2033-2034/0380001V").statusCode(), "pas encore publiée");

        assertEquals(200, rectorat.postJson("/api/dotations/2033-2034/publication", "{}").statusCode());
        JsonObject vue = Json.objet(chef.get("/api/dotations/2033-2034/0380001V").body());
        assertEquals(4, vue.getJsonNumber("parts").intValue());
        assertEquals(403, chef.get("/api/dotations/2033-2034/0730001E").statusCode());
        assertEquals(403, http().basic("dasen.073", "test").get("/api/dotations/2033-2034/0380001V").statusCode());

        long version = vue.getJsonNumber("version").longValue();
        HttpResponse<String> sansMotif = rectorat.put("/api/dotations/2033-2034/0380001V",
                "{\"parts\": 5, \"imp\": 2, \"version\": " + version + "}");
        assertEquals(422, sansMotif.statusCode());
        assertTrue(sansMotif.body().contains("motif"), sansMotif.body());
        HttpResponse<String> motive = rectorat.put("/api/dotations/2033-2034/0380001V",
                "{\"parts\": 5, \"imp\": 2, \"version\": " + version + ", \"motif\": \"Ouverture d'une ULIS\"}");
        assertEquals(200, motive.statusCode(), motive.body());

        List<JsonObject> historique = Json.structure(rectorat.get("/api/dotations/2033-2034/0380001V/historique").body())
                .asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(2, historique.size());
        assertEquals("Ouverture d'une ULIS", historique.get(0).getString("motif"));
        assertEquals("rectorat", historique.get(0).getString("auteur"));
        assertEquals(4, historique.get(0).getJsonNumber("partsAvant").intValue());
        assertEquals(5, historique.get(0).getJsonNumber("partsApres").intValue());
    }

    @Test
    void allocationCannotDropBelowWhatIsDistributed() {
        allouer("2034-2035", 10, 4);
        assertEquals(200, rectorat.put("/api/reserves/2034-2035/074", "{\"partsSecondDegre\": 6, \"imp\": 1}").statusCode());
        HttpResponse<String> reserveTrop = rectorat.put("/api/reserves/2034-2035/038", "{\"partsSecondDegre\": 5}");
        assertEquals(422, reserveTrop.statusCode(), reserveTrop.body());
        HttpResponse<String> baisse = rectorat.put("/api/allocations/2034-2035", "{\"SECOND_DEGRE\": 5}");
        assertEquals(422, baisse.statusCode(), baisse.body());
        assertTrue(baisse.body().contains("déjà distribués"), baisse.body());
    }

    private void allouer(String annee, int partsSecondDegre, int imp) {
        HttpResponse<String> r = rectorat.put("/api/allocations/" + annee,
                "{\"SECOND_DEGRE\": " + partsSecondDegre + ", \"VOIE_PRO\": 10, \"PREMIER_DEGRE\": 10, \"IMP\": " + imp + "}");
        assertEquals(200, r.statusCode(), r.body());
    }

}
