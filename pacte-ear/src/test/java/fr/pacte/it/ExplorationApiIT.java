package fr.pacte.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.pacte.entrepot.Population;
import fr.pacte.entrepot.SensDesCellules;
import fr.pacte.entrepot.exploration.Dimension;
import fr.pacte.entrepot.exploration.Mesure;
import jakarta.json.JsonValue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exploration over the API: the same pivot and secret as the screen, CSV with the masked cells as "s", a question
 * the warehouse cannot answer refused naming the field, and no access for a chef d'établissement.
 */
class ExplorationApiIT extends PacteIT {

    private static final String N = "2056-2057";
    private static final String CORPS_SEXE = "/api/entrepot/exploration/" + N
            + "?lignes=CORPS&colonnes=SEXE&mesure=BENEFICIAIRES&population=AUTRES";

    @BeforeAll
    static void charger() {
        Entrepot.chargerJusquAuBout(EntrepotIT.ANALYSTE, List.of(N));
    }

    @Test
    void thePivotAndItsCsvMaskTheSameCells() {
        HttpResponse<String> r = http().basic(EntrepotIT.ANALYSTE, "test").get(CORPS_SEXE);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject pivot = Json.objet(r.body());
        int psy = pivot.getJsonArray("libellesLignes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList().indexOf("Psychologues de l'EN");
        assertTrue(psy >= 0, r.body());
        JsonArray ligne = pivot.getJsonArray("cellules").getJsonArray(psy);
        long masquees = ligne.stream().filter(c -> c.asJsonObject().getBoolean("masquee")).count();
        assertTrue(masquees >= 1, "deux psychologues : leur ligne est masquée " + ligne);
        assertTrue(ligne.stream().filter(c -> c.asJsonObject().getBoolean("masquee"))
                .allMatch(c -> !c.asJsonObject().containsKey("valeur") || c.asJsonObject().isNull("valeur")),
                "une case masquée ne porte pas sa valeur");

        HttpResponse<byte[]> csv = http().basic(EntrepotIT.ANALYSTE, "test").getBytes(CORPS_SEXE.replace("?", "/csv?"));
        assertEquals(200, csv.statusCode());
        String texte = new String(csv.body(), StandardCharsets.UTF_8);
        String psychologues = texte.lines().filter(l -> l.startsWith("Psychologues de l'EN;")).findFirst().orElseThrow();
        assertEquals(masquees, java.util.Arrays.stream(psychologues.split(";")).filter("s"::equals).count(),
                "les mêmes cases masquées dans le CSV : " + psychologues);
        assertTrue(BaseDeTest.valeur("SELECT count(*) FROM entrepot.edition WHERE format = 'CSV' AND filtres LIKE"
                + " 'exploration : BENEFICIAIRES selon CORPS%'").compareTo("1") >= 0, "export journalisé");
    }

    /**
     * Issue 18, point 4: a pivot cell that is a cell of the annual report (same campaign and population, any of its
     * versions) is masked when the report masks it, and otherwise shows the report's number — whatever the pivot.
     */
    @Test
    void aPivotNeverShowsANumberTheReportMasks() throws Exception {
        String population = "AUTRES";
        Map<String, String> rapport = cellulesDuRapport(population);
        List<String[]> pivots = new ArrayList<>();
        for (String d : List.of("SEXE", "TRANCHE_AGE", "CORPS", "DISCIPLINE", "DEGRE", "EDUCATION_PRIORITAIRE")) {
            for (String tranche : List.of("DEPARTEMENT", "NATURE", "SECTEUR")) {
                pivots.add(new String[]{d, tranche, "EFFECTIF"});
                pivots.add(new String[]{tranche, d, "BENEFICIAIRES"});
            }
            pivots.add(new String[]{d, "DISPOSITIF", "BENEFICIAIRES"});
        }
        for (String tranche : List.of("DEPARTEMENT", "NATURE", "SECTEUR", "SEXE", "DISPOSITIF")) {
            // the CPE and psychologists of the population are T03's rows of their corps
            pivots.add(new String[]{"POPULATION", tranche, tranche.equals("DISPOSITIF") ? "BENEFICIAIRES" : "EFFECTIF"});
        }
        pivots.add(new String[]{"NATURE", "DEPARTEMENT", "BENEFICIAIRES"});
        pivots.add(new String[]{"SECTEUR", "NATURE", "EFFECTIF"});
        pivots.add(new String[]{"DISPOSITIF", "CATEGORIE_MISSION", "MISSIONS"});
        pivots.add(new String[]{"CATEGORIE_MISSION", "DISPOSITIF", "BENEFICIAIRES"});
        pivots.add(new String[]{"DISCIPLINE", "MISSION", "MISSIONS"});
        pivots.add(new String[]{"TAUX_IMP", "MODALITE", "MISSIONS"});
        int communes = 0;
        int masquees = 0;
        for (String[] p : pivots) {
            HttpResponse<String> r = http().basic(EntrepotIT.ANALYSTE, "test").get("/api/entrepot/exploration/" + N
                    + "?lignes=" + p[0] + "&colonnes=" + p[1] + "&mesure=" + p[2] + "&population=" + population);
            assertEquals(200, r.statusCode(), r.body());
            JsonObject pivot = Json.objet(r.body());
            List<String> lignes = codes(pivot, "codesLignes");
            List<String> colonnes = codes(pivot, "codesColonnes");
            for (int l = 0; l <= lignes.size(); l++) {
                for (int c = 0; c <= colonnes.size(); c++) {
                    Map<Dimension, String> valeurs = new EnumMap<>(Dimension.class);
                    if (l < lignes.size()) {
                        // the population's CPE and psychologists: the corps of that code (entrepot.population)
                        boolean corps = p[0].equals("POPULATION") && List.of("CPE", "PSYEN").contains(lignes.get(l));
                        valeurs.put(corps ? Dimension.CORPS : Dimension.valueOf(p[0]), lignes.get(l));
                    }
                    if (c < colonnes.size()) {
                        valeurs.put(Dimension.valueOf(p[1]), colonnes.get(c));
                    }
                    String cle = SensDesCellules.cle(Mesure.valueOf(p[2]), Population.valueOf(population), valeurs);
                    String auRapport = cle == null ? null : rapport.get(cle);
                    if (auRapport == null) {
                        continue;
                    }
                    JsonObject cellule = pivot.getJsonArray("cellules").getJsonArray(l).getJsonObject(c);
                    String ici = cellule.getBoolean("masquee") ? "s" : cellule.isNull("valeur") ? "0"
                            : cellule.getJsonNumber("valeur").bigDecimalValue().stripTrailingZeros().toPlainString();
                    String ou = String.join(" × ", p) + " [" + valeurs + "]";
                    if (auRapport.equals("s")) {
                        assertEquals("s", ici, ou + " : masquée au rapport, publiée ici");
                        masquees++;
                    } else if (!ici.equals("s")) {
                        assertEquals(auRapport, ici, ou + " : pas le nombre du rapport");
                    }
                    communes++;
                }
            }
        }
        assertTrue(communes > 300, "cellules communes au rapport et aux tableaux croisés : " + communes);
        assertTrue(masquees > 10, "dont masquées au rapport : " + masquees);
    }

    /**
     * Issue 18, point 4: a pivot margin that adds up report cells without being one — missions by discipline (T20's
     * rows of the discipline), missions by catégorie (T07's rows of both dispositifs) — is masked whenever the report
     * masks one of those cells; published, it is their sum. Read from the report and the pivots alone.
     */
    @Test
    void aPivotMarginAddingUpReportCellsIsMaskedWhenTheReportMasksOneOfThem() throws Exception {
        int masqueesDessous = 0;
        int publiees = 0;
        for (String population : List.of("ENSEIGNANTS_2D", "ENSEIGNANTS_1D", "AUTRES")) {
            JsonArray tableaux = Json.objet(http().basic(EntrepotIT.ANALYSTE, "test").get("/api/entrepot/rapports/" + N
                    + "?population=" + population).body()).getJsonArray("tableaux");
            // T20 "Anglais – IMP-COORD" by discipline, T07 "IMP – Coordination" by catégorie: masked below, or their sum
            Map<String, String> parDiscipline = sommes(tableaux, "T20", true);
            Map<String, String> parCategorie = sommes(tableaux, "T07", false);
            for (String[] q : new String[][]{{"DISCIPLINE", "DISPOSITIF"}, {"CATEGORIE_MISSION", "SEXE"}}) {
                HttpResponse<String> r = http().basic(EntrepotIT.ANALYSTE, "test").get("/api/entrepot/exploration/" + N
                        + "?lignes=" + q[0] + "&colonnes=" + q[1] + "&mesure=MISSIONS&population=" + population);
                assertEquals(200, r.statusCode(), r.body());
                JsonObject pivot = Json.objet(r.body());
                List<String> lignes = codes(pivot, "codesLignes");
                int total = codes(pivot, "codesColonnes").size();
                Map<String, String> attendues = q[0].equals("DISCIPLINE") ? parDiscipline : parCategorie;
                for (int l = 0; l < lignes.size(); l++) {
                    String libelle = q[0].equals("DISCIPLINE") ? (lignes.get(l).isEmpty() ? "Sans discipline" : lignes.get(l))
                            : Dimension.CATEGORIE_MISSION.libelleValeur(lignes.get(l));
                    String attendue = attendues.get(libelle);
                    if (attendue == null) {
                        continue;
                    }
                    JsonObject marge = pivot.getJsonArray("cellules").getJsonArray(l).getJsonObject(total);
                    String ou = population + " " + q[0] + " " + libelle;
                    if (attendue.equals("s")) {
                        assertTrue(marge.getBoolean("masquee"), ou + " : une cellule du rapport en dessous est masquée,"
                                + " la marge la donnerait");
                        masqueesDessous++;
                    } else if (!marge.getBoolean("masquee")) {
                        assertEquals(attendue, marge.getJsonNumber("valeur").bigDecimalValue().stripTrailingZeros()
                                .toPlainString(), ou + " : la somme des lignes du rapport");
                        publiees++;
                    }
                }
            }
        }
        assertTrue(masqueesDessous > 0, "des marges au-dessus d'une cellule masquée du rapport : " + masqueesDessous);
        assertTrue(publiees > 0, "des marges publiées, égales à la somme du rapport : " + publiees);
    }

    /**
     * The sum of the "Missions" column of the table's rows grouped by the first ({@code avant}) or the last part of
     * their label ("Anglais – IMP-COORD"), "s" when one of them is masked.
     */
    private static Map<String, String> sommes(JsonArray tableaux, String code, boolean avant) {
        JsonObject t = tableaux.stream().map(JsonValue::asJsonObject).filter(x -> x.getString("code").equals(code))
                .findFirst().orElseThrow();
        int c = t.getJsonArray("colonnes").stream().map(x -> x.asJsonObject().getString("libelle")).toList().indexOf("Missions");
        Map<String, String> sommes = new HashMap<>();
        for (JsonValue lv : t.getJsonArray("lignes")) {
            String libelle = lv.asJsonObject().getString("libelle");
            int i = libelle.lastIndexOf(" – ");
            if (i < 0) {
                continue; // « Ensemble »
            }
            String groupe = avant ? libelle.substring(0, i) : libelle.substring(i + 3);
            JsonArray v = lv.asJsonObject().getJsonArray("valeurs");
            String n = v.isNull(c) ? "s" : v.getJsonNumber(c).bigDecimalValue().stripTrailingZeros().toPlainString();
            sommes.merge(groupe, n, (a, b) -> a.equals("s") || b.equals("s") ? "s"
                    : new java.math.BigDecimal(a).add(new java.math.BigDecimal(b)).toPlainString());
        }
        return sommes;
    }

    private static List<String> codes(JsonObject pivot, String nom) {
        return pivot.getJsonArray(nom).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    /** Every keyed cell of every version of the report: "s" when masked, else its number. */
    private static Map<String, String> cellulesDuRapport(String population) throws Exception {
        Map<String, String> cellules = new HashMap<>();
        List<String> versions = new ArrayList<>(List.of(""));
        for (String[] d : new String[][]{{"departement", "departement_code"}, {"nature", "nature"}, {"secteur", "secteur"}}) {
            String valeurs = BaseDeTest.valeur("SELECT string_agg(DISTINCT " + d[1] + ", ',') FROM entrepot.dim_etablissement"
                    + " WHERE annee_scolaire = '" + N + "'");
            for (String v : valeurs.split(",")) {
                versions.add(d[0] + "=" + v);
            }
        }
        Map<String, String> departements = null;
        for (String version : versions) {
            HttpResponse<String> r = http().basic(EntrepotIT.ANALYSTE, "test").get("/api/entrepot/rapports/" + N
                    + "?population=" + population + (version.isEmpty() ? "" : "&" + version));
            assertEquals(200, r.statusCode(), version + " : " + r.body());
            JsonArray tableaux = Json.objet(r.body()).getJsonArray("tableaux");
            if (departements == null) {
                departements = SensDesCellules.departements(tableaux.stream().map(JsonValue::asJsonObject)
                        .filter(t -> t.getString("code").equals("T06")).findFirst().orElseThrow().getJsonArray("lignes")
                        .stream().map(l -> l.asJsonObject().getString("libelle")).toList());
            }
            String dimension = version.isEmpty() ? null : version.substring(0, version.indexOf('='));
            String libelle = dimension == null ? null
                    : SensDesCellules.libelleTranche(dimension, version.substring(version.indexOf('=') + 1), departements);
            for (JsonValue tv : tableaux) {
                JsonObject t = tv.asJsonObject();
                List<String> colonnes = t.getJsonArray("colonnes").stream().map(x -> x.asJsonObject().getString("libelle")).toList();
                for (JsonValue lv : t.getJsonArray("lignes")) {
                    JsonObject l = lv.asJsonObject();
                    for (int c = 0; c < colonnes.size(); c++) {
                        String cle = SensDesCellules.cle(t.getString("code"), dimension, libelle, l.getString("libelle"), colonnes.get(c));
                        if (cle != null) {
                            JsonArray v = l.getJsonArray("valeurs");
                            // masked in one table of the report is masked for the exploration
                            cellules.merge(cle, v.isNull(c) ? "s" : v.getJsonNumber(c).bigDecimalValue().stripTrailingZeros()
                                    .toPlainString(), (a, b) -> a.equals("s") ? a : b);
                        }
                    }
                }
            }
        }
        return cellules;
    }

    @Test
    void anUnknownDimensionOrAMissionDimensionForStaffIsRefusedNamingTheField() {
        HttpResponse<String> inconnue = http().basic(EntrepotIT.ANALYSTE, "test")
                .get("/api/entrepot/exploration/" + N + "?lignes=CORPS&colonnes=COULEUR&mesure=EFFECTIF");
        assertEquals(422, inconnue.statusCode(), inconnue.body());
        assertEquals("colonnes", Json.objet(inconnue.body()).getString("champ"));
        HttpResponse<String> mission = http().basic(EntrepotIT.ANALYSTE, "test")
                .get("/api/entrepot/exploration/" + N + "?lignes=CORPS&colonnes=DISPOSITIF&mesure=EFFECTIF");
        assertEquals(422, mission.statusCode(), mission.body());
        assertTrue(mission.body().contains("décrit une mission"), mission.body());
    }

    @Test
    void aChefDEtablissementHasNoAccess() {
        assertEquals(403, http().basic("chef.0380001v", "test").get(CORPS_SEXE).statusCode());
    }
}
