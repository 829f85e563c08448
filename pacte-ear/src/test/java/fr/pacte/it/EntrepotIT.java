package fr.pacte.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual report of campaign 2056-2057 (compared with 2055-2056) against the same figures computed independently
 * with plain SQL on the operational tables: every published cell equals its expected value, every cell of fewer than
 * five persons is masked. And the analyst sees only the warehouse: no name, 403 on the nominative APIs.
 */
class EntrepotIT extends PacteIT {

    static final String ANALYSTE = "analyste.ent";
    private static final String N = "2056-2057";
    private static final int SEUIL = 5;
    /** The psychologists and CPE of the fixture: the population where the secret has small cells to mask. */
    private static final String AUTRES = "population=AUTRES";

    /** The report of the DEPP's population (second-degré teachers), the default, which the oracle computes. */
    private static JsonObject rapport;
    private static JsonObject autres;

    @BeforeAll
    static void charger() {
        long id = Entrepot.charger(ANALYSTE, List.of("2055-2056", N), 0);
        Entrepot.attendre(ANALYSTE, id, Entrepot::fini);
        assertEquals("TERMINE", Entrepot.etat(ANALYSTE, id).getString("statut"));
        HttpResponse<String> r = http().basic(ANALYSTE, "test").get("/api/entrepot/rapports/" + N);
        assertEquals(200, r.statusCode(), r.body());
        rapport = Json.objet(r.body());
        HttpResponse<String> a = http().basic(ANALYSTE, "test").get("/api/entrepot/rapports/" + N + "?" + AUTRES);
        assertEquals(200, a.statusCode(), a.body());
        autres = Json.objet(a.body());
    }

    @Test
    void staffSharesByEveryDimensionMatchTheOperationalTables() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection()) {
            comparer("T01", AttenduEntrepot.part(c, N, "sexe"), Set.of(0, 1));
            comparer("T02", AttenduEntrepot.part(c, N, "tranche"), Set.of(0, 1));
            comparer("T03", AttenduEntrepot.part(c, N, "corps"), Set.of(0, 1));
            comparer("T04", AttenduEntrepot.part(c, N, "nature"), Set.of(0, 1));
            comparer("T05", AttenduEntrepot.part(c, N, "ep"), Set.of(0, 1));
            comparer("T06", AttenduEntrepot.part(c, N, "dep"), Set.of(0, 1));
            comparer("T18", AttenduEntrepot.part(c, N, "secteur"), Set.of(0, 1));
        }
    }

    @Test
    void missionsAmountsAndEnvelopesMatchTheOperationalTables() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection()) {
            comparer("T07", AttenduEntrepot.missionsParCategorie(c, N), Set.of(1));
            comparer("T08", AttenduEntrepot.missionsParMission(c, N), Set.of(1));
            comparer("T09", AttenduEntrepot.payeesEtDecharges(c, N), Set.of(1));
            comparer("T10", AttenduEntrepot.montantsParDepartement(c, N), Set.of(0));
            comparer("T12", AttenduEntrepot.montantMoyenParSexe(c, N), Set.of(0));
            comparer("T13", AttenduEntrepot.partsParSignataire(c, N), Set.of(0));
            comparer("T14", AttenduEntrepot.partDuRcd(c, N), Set.of());
            comparer("T15", AttenduEntrepot.enveloppes(c, N), Set.of());
            comparer("T21", AttenduEntrepot.parTaux(c, N), Set.of(1));
            comparer("T22", AttenduEntrepot.parNiveau(c, N), Set.of(1));
        }
    }

    @Test
    void amountsPaidByDepartementAndMonthMatchTheInstalmentsSentToPayroll() throws SQLException {
        Map<String, Map<String, BigDecimal>> attendu;
        try (Connection c = BaseDeTest.dataSource().getConnection()) {
            attendu = AttenduEntrepot.versements(c, N);
        }
        JsonObject t = tableau("T11");
        List<String> mois = t.getJsonArray("colonnes").stream()
                .map(col -> col.asJsonObject().getString("libelle").replace("Total (€)", "Ensemble")).toList();
        assertEquals(List.of("octobre 2056", "novembre 2056", "Ensemble"), mois);
        assertEquals(attendu.keySet(), Set.copyOf(t.getJsonArray("lignes").stream()
                .map(l -> l.asJsonObject().getString("libelle")).toList()));
        int publiees = 0;
        for (JsonValue l : t.getJsonArray("lignes")) {
            JsonArray v = l.asJsonObject().getJsonArray("valeurs");
            Map<String, BigDecimal> a = attendu.get(l.asJsonObject().getString("libelle"));
            for (int i = 0; i < mois.size(); i++) {
                if (!v.isNull(i)) {
                    publiees++;
                    assertEquals(0, a.getOrDefault(mois.get(i), BigDecimal.ZERO).compareTo(v.getJsonNumber(i).bigDecimalValue()),
                            l + " " + mois.get(i));
                }
            }
        }
        assertTrue(publiees >= 3, "des montants publiés");
    }

    @Test
    void yearOverYearUsesBothCampaigns() throws SQLException {
        JsonObject t = tableau("T16");
        assertEquals("2055-2056", t.getJsonArray("colonnes").getJsonObject(0).getString("libelle"));
        try (Connection c = BaseDeTest.dataSource().getConnection()) {
            BigDecimal[] n = AttenduEntrepot.part(c, N, "sexe").get("Ensemble");
            BigDecimal[] n1 = AttenduEntrepot.part(c, "2055-2056", "sexe").get("Ensemble");
            JsonArray personnels = ligne(t, "Personnels");
            JsonArray beneficiaires = ligne(t, "Bénéficiaires d'au moins une mission");
            assertEquals(0, n1[0].compareTo(personnels.getJsonNumber(0).bigDecimalValue()));
            assertEquals(0, n[0].compareTo(personnels.getJsonNumber(1).bigDecimalValue()));
            assertEquals(0, n1[1].compareTo(beneficiaires.getJsonNumber(0).bigDecimalValue()));
            assertEquals(0, n[1].compareTo(beneficiaires.getJsonNumber(1).bigDecimalValue()));
            assertTrue(n[1].compareTo(n1[1]) > 0, "la fixture a plus de bénéficiaires en N qu'en N-1");
        }
    }

    @Test
    void theSecretMasksSmallCellsAndTheirComplements() {
        // two psychologists, one of them with an IMP: masked, and another row too so the total reveals nothing
        JsonArray psy = ligne(tableau(autres, "T03"), "Psychologues de l'EN");
        assertTrue(psy.isNull(0) && psy.isNull(1), psy.toString());
        long masquees = tableau(autres, "T03").getJsonArray("lignes").stream()
                .filter(l -> !l.asJsonObject().getBoolean("total"))
                .filter(l -> l.asJsonObject().getJsonArray("valeurs").isNull(1)).count();
        assertTrue(masquees >= 2, "secret secondaire dans la colonne des bénéficiaires");
        assertEquals(SEUIL, rapport.getInt("seuil"));
    }

    @Test
    void theAnalystSeesNoNameAndIsRefusedTheNominativeApis() {
        HttpResponse<String> r = http().basic(ANALYSTE, "test").get("/api/entrepot/rapports/" + N);
        assertFalse(r.body().contains("ENT0000"), "aucun identifiant");
        assertFalse(r.body().contains("Entrepot1"), "aucun nom");
        assertEquals(403, http().basic(ANALYSTE, "test").get("/api/personnels").statusCode());
        assertEquals(403, http().basic(ANALYSTE, "test").get("/api/attributions?annee=" + N + "&uai=0386001S").statusCode());
        assertEquals(403, http().basic("dasen.038", "test").get("/api/entrepot/rapports/" + N).statusCode());
        assertEquals(404, http().basic(ANALYSTE, "test").get("/api/entrepot/rapports/2099-2100").statusCode());
    }

    @Test
    void xlsxAndCsvDownloadsCarryTheSameMask() throws Exception {
        Map<String, String> fichiers = csv("/api/entrepot/rapports/" + N + "/csv?" + AUTRES);
        assertEquals(rapport.getJsonArray("tableaux").size(), fichiers.size());
        assertTrue(fichiers.get("pacte-" + N + "-T03.csv").contains("Psychologues de l'EN;s;s;s"),
                fichiers.get("pacte-" + N + "-T03.csv"));
        HttpResponse<byte[]> xlsx = http().basic(ANALYSTE, "test").getBytes("/api/entrepot/rapports/" + N + "/xlsx?" + AUTRES);
        assertEquals(200, xlsx.statusCode());
        try (var classeur = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var feuille = classeur.getSheet("T03");
            boolean trouve = false;
            for (var row : feuille) {
                if (row.getCell(0) != null && "Psychologues de l'EN".equals(row.getCell(0).getStringCellValue())) {
                    assertEquals("s", row.getCell(2).getStringCellValue());
                    trouve = true;
                }
            }
            assertTrue(trouve);
        }
    }

    /**
     * In the écoles, no IMP hence no décharge in either campaign: the evolution of 0 over 0 is not defined. Every
     * format shows it "—" (sans objet), not "s" (secret), and the definitions page explains both marks.
     */
    @Test
    void anUndefinedEvolutionIsShownNotApplicableInEveryFormatNotAsSecret() throws Exception {
        String ecoles = "/api/entrepot/rapports/" + N;
        HttpResponse<String> json = http().basic(ANALYSTE, "test").get(ecoles + "?nature=ECOLE");
        assertEquals(200, json.statusCode(), json.body());
        JsonObject t16 = Json.objet(json.body()).getJsonArray("tableaux").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("code").equals("T16")).findFirst().orElseThrow();
        JsonObject decharges = t16.getJsonArray("lignes").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("libelle").equals("Missions IMP en décharge")).findFirst().orElseThrow();
        assertEquals(0, decharges.getJsonArray("valeurs").getJsonNumber(0).intValue());
        assertEquals(0, decharges.getJsonArray("valeurs").getJsonNumber(1).intValue());
        assertTrue(decharges.getJsonArray("valeurs").isNull(2), decharges.toString());
        assertEquals(List.of(2), decharges.getJsonArray("sansObjet").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::intValue).toList());

        Map<String, String> csv = csv(ecoles + "/csv?nature=ECOLE");
        assertTrue(csv.get("pacte-" + N + "-T16.csv").contains("Missions IMP en décharge;0,0;0,0;—"), csv.get("pacte-" + N + "-T16.csv"));

        HttpResponse<byte[]> xlsx = http().basic(ANALYSTE, "test").getBytes(ecoles + "/xlsx?nature=ECOLE");
        try (var classeur = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var ligne = java.util.stream.StreamSupport.stream(classeur.getSheet("T16").spliterator(), false)
                    .filter(r -> r.getCell(0) != null && "Missions IMP en décharge".equals(r.getCell(0).getStringCellValue()))
                    .findFirst().orElseThrow();
            assertEquals("—", ligne.getCell(3).getStringCellValue());
        }

        HttpResponse<byte[]> pdf = http().basic(ANALYSTE, "test").getBytes(ecoles + "/pdf?nature=ECOLE");
        assertEquals(200, pdf.statusCode());
        String texte;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            texte = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertTrue(texte.lines().anyMatch(l -> l.matches("Missions IMP en décharge 0,0 0,0 —\\s*")), texte);
        String suivi = texte.replaceAll("\\s+", " ");
        assertTrue(suivi.contains("« s » secret statistique") && suivi.contains("« — » sans objet"), suivi);
        // the secret keeps its own mark beside it
        assertTrue(csv(ecoles + "/csv?" + AUTRES).get("pacte-" + N + "-T03.csv").contains("Psychologues de l'EN;s;s;s"));
    }

    private static Map<String, String> csv(String chemin) throws java.io.IOException {
        HttpResponse<byte[]> r = http().basic(ANALYSTE, "test").getBytes(chemin);
        assertEquals(200, r.statusCode());
        Map<String, String> fichiers = new HashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                fichiers.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return fichiers;
    }

    /** Every row expected is published and every published cell equals its expected value, or is masked. */
    private static void comparer(String code, Map<String, BigDecimal[]> attendu, Set<Integer> colonnesPersonnes) {
        JsonObject t = tableau(code);
        JsonArray lignes = t.getJsonArray("lignes");
        assertEquals(attendu.keySet(), Set.copyOf(lignes.stream().map(l -> l.asJsonObject().getString("libelle")).toList()),
                code + " : lignes");
        for (JsonValue l : lignes) {
            String libelle = l.asJsonObject().getString("libelle");
            JsonArray valeurs = l.asJsonObject().getJsonArray("valeurs");
            BigDecimal[] a = attendu.get(libelle);
            assertEquals(a.length, valeurs.size(), code + " " + libelle);
            for (int i = 0; i < a.length; i++) {
                String cellule = code + " / " + libelle + " / colonne " + i;
                if (valeurs.isNull(i)) {
                    continue;
                }
                assertNotNull(a[i], cellule);
                assertEquals(0, a[i].compareTo(valeurs.getJsonNumber(i).bigDecimalValue()),
                        cellule + " : attendu " + a[i] + ", publié " + valeurs.get(i));
                if (colonnesPersonnes.contains(i)) {
                    long n = a[i].longValue();
                    assertFalse(n > 0 && n < SEUIL, cellule + " : " + n + " personnes publiées");
                }
            }
        }
    }

    private static JsonObject tableau(String code) {
        return tableau(rapport, code);
    }

    private static JsonObject tableau(JsonObject r, String code) {
        return r.getJsonArray("tableaux").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static JsonArray ligne(JsonObject tableau, String libelle) {
        return tableau.getJsonArray("lignes").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("libelle").equals(libelle)).findFirst().orElseThrow().getJsonArray("valeurs");
    }
}
