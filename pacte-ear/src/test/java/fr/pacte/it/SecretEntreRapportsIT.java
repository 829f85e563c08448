package fr.pacte.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A differencing attack on the published reports (issue 18, point 4): the attacker downloads the unfiltered report of
 * campaign 2056-2057 and the report filtered on every département, every nature and every secteur, writes every
 * additive relation he can see (rows adding up to the total row, month columns to their total, the slices of a
 * dimension adding up to the unfiltered table, a row absent from a slice being 0 there), and solves the linear
 * system: no masked cell may be determined. And a combination of two filters is refused, naming the rule.
 */
class SecretEntreRapportsIT extends PacteIT {

    private static final String N = "2056-2057";
    private static final String N_MOINS_1 = "2055-2056";
    /** The fixture's CPE and psychologists: a small population, many cells to mask. */
    private static final String POPULATION = "population=AUTRES";
    /** Version key: "" unfiltered, else "dimension=value". */
    private static final Map<String, JsonObject> RAPPORTS = new LinkedHashMap<>();
    private static final Map<String, List<String>> DIMENSIONS = new LinkedHashMap<>();

    @BeforeAll
    static void rapports() throws SQLException {
        Entrepot.chargerJusquAuBout(EntrepotIT.ANALYSTE, List.of(N_MOINS_1, N));
        DIMENSIONS.put("departement", valeurs("departement_code"));
        DIMENSIONS.put("nature", valeurs("nature"));
        DIMENSIONS.put("secteur", valeurs("secteur"));
        RAPPORTS.put("", rapport(""));
        DIMENSIONS.forEach((d, vs) -> vs.forEach(v -> RAPPORTS.put(d + "=" + v, rapport("&" + d + "=" + v))));
    }

    @Test
    void noMaskedCellOfAnyVersionFollowsFromAllThePublishedVersions() {
        int masquees = 0;
        for (JsonValue t : RAPPORTS.get("").getJsonArray("tableaux")) {
            String code = t.asJsonObject().getString("code");
            if (code.equals("T16")) {
                continue; // N vs N-1 copies other tables' cells, masks included: see the test below
            }
            Attaque a = new Attaque();
            RAPPORTS.forEach((version, r) -> a.version(version, tableau(r, code)));
            a.lier(DIMENSIONS);
            List<String> retrouvees = a.deductibles();
            assertTrue(retrouvees.isEmpty(), code + " : cellules masquées retrouvées par différence " + retrouvees);
            masquees += a.inconnues.size();
        }
        assertTrue(masquees > 20, "l'attaque porte sur des cellules masquées (" + masquees + ")");
    }

    /** The DEPP's population too (second-degré teachers): fewer masks, the same guarantee. */
    @Test
    void theDefaultPopulationResistsTheSameAttack() {
        Map<String, JsonObject> rapports = new LinkedHashMap<>();
        rapports.put("", rapport("", ""));
        DIMENSIONS.forEach((d, vs) -> vs.forEach(v -> rapports.put(d + "=" + v, rapport("", "&" + d + "=" + v))));
        for (JsonValue t : rapports.get("").getJsonArray("tableaux")) {
            String code = t.asJsonObject().getString("code");
            if (!code.equals("T16")) {
                Attaque a = new Attaque();
                rapports.forEach((version, r) -> a.version(version, tableau(r, code)));
                a.lier(DIMENSIONS);
                assertTrue(a.deductibles().isEmpty(), code + " : " + a.deductibles());
            }
        }
    }

    /**
     * T16 has no mask of its own: in every version, each figure of N is the cell of its table in N's report and each
     * figure of N-1 the same cell of N-1's report (same population and filter), masked or published alike.
     */
    @Test
    void theEvolutionShowsEachHeadlineFigureAsItsTableDoesInBothYearsAndEveryVersion() {
        String[][] sources = {{"Personnels", "T01", "Ensemble", "0"}, {"Bénéficiaires d'au moins une mission", "T01", "Ensemble", "1"},
            {"Bénéficiaires d'une IMP", "T01", "Ensemble", "5"}, {"Missions", "T08", "Ensemble", "0"},
            {"Missions IMP", "T09", "Ensemble", "0"}, {"Montant d'IMP perçu (€)", "T12", "Ensemble", "1"},
            {"Personnels ayant signé leur lettre de mission", "T17", "Ensemble", "1"}};
        int masquees = 0;
        int comparees = 0;
        for (Map.Entry<String, JsonObject> v : RAPPORTS.entrySet()) {
            String filtre = v.getKey().isEmpty() ? "" : "&" + v.getKey();
            HttpResponse<String> r = http().basic(EntrepotIT.ANALYSTE, "test")
                    .get("/api/entrepot/rapports/" + N_MOINS_1 + "?" + POPULATION + filtre);
            JsonObject precedent = r.statusCode() == 200 ? Json.objet(r.body()) : null;
            for (String[] s : sources) {
                JsonArray t16 = ligne(v.getValue(), "T16", s[0]);
                int colonne = Integer.parseInt(s[3]);
                comparees += memeCellule(t16, 1, ligne(v.getValue(), s[1], s[2]), colonne, v.getKey() + " N " + s[0]);
                if (precedent == null) {
                    assertTrue(t16.isNull(0), v.getKey() + " : pas de telle tranche en N-1, « — »");
                } else {
                    comparees += memeCellule(t16, 0, ligne(precedent, s[1], s[2]), colonne, v.getKey() + " N-1 " + s[0]);
                }
                masquees += (t16.isNull(0) ? 1 : 0) + (t16.isNull(1) ? 1 : 0);
            }
        }
        assertTrue(comparees > 100, "cellules comparées : " + comparees);
        assertTrue(masquees > 0, "des chiffres clés masqués dans une tranche au moins");
    }

    private static int memeCellule(JsonArray t16, int i, JsonArray source, int colonne, String quoi) {
        assertEquals(source.isNull(colonne), t16.isNull(i), quoi + " : masqué ici et publié là, ou l'inverse");
        if (!source.isNull(colonne)) {
            assertEquals(0, source.getJsonNumber(colonne).bigDecimalValue().compareTo(t16.getJsonNumber(i).bigDecimalValue()), quoi);
        }
        return 1;
    }

    /**
     * The same number in two tables (a slice's total and the slice dimension's row, T07's and T08's totals, …) is
     * masked in both or in neither, in every version, for both populations — but a 0 that counts nobody in the table
     * publishing it —; and where both publish it, it is the same number (the identities the secret relies on hold).
     */
    @Test
    void equalCellsOfDifferentTablesAreMaskedAlikeAndEqual() {
        Map<String, JsonObject> depp = new LinkedHashMap<>();
        depp.put("", rapport("", ""));
        DIMENSIONS.forEach((d, vs) -> vs.forEach(v -> depp.put(d + "=" + v, rapport("", "&" + d + "=" + v))));
        int[] classes = {0, 0};
        for (Map<String, JsonObject> rapports : List.of(RAPPORTS, depp)) {
            Map<String, List<String>> parCle = new LinkedHashMap<>();
            Map<String, String> departements = fr.pacte.entrepot.SensDesCellules.departements(
                    tableau(rapports.get(""), "T06").getJsonArray("lignes").stream()
                            .map(l -> l.asJsonObject().getString("libelle")).toList());
            rapports.forEach((version, r) -> {
                String dimension = version.isEmpty() ? null : version.substring(0, version.indexOf('='));
                String libelle = dimension == null ? null : fr.pacte.entrepot.SensDesCellules.libelleTranche(dimension,
                        version.substring(version.indexOf('=') + 1), departements);
                for (JsonValue tv : r.getJsonArray("tableaux")) {
                    JsonObject t = tv.asJsonObject();
                    List<String> colonnes = t.getJsonArray("colonnes").stream()
                            .map(c -> c.asJsonObject().getString("libelle")).toList();
                    for (JsonValue lv : t.getJsonArray("lignes")) {
                        JsonObject l = lv.asJsonObject();
                        for (int c = 0; c < colonnes.size(); c++) {
                            String cle = fr.pacte.entrepot.SensDesCellules.cle(t.getString("code"), dimension, libelle,
                                    l.getString("libelle"), colonnes.get(c));
                            if (cle != null) {
                                JsonArray v = l.getJsonArray("valeurs");
                                parCle.computeIfAbsent(cle, k -> new ArrayList<>()).add((v.isNull(c) ? "s"
                                        : v.getJsonNumber(c).bigDecimalValue().stripTrailingZeros().toPlainString())
                                        + " (" + version + " " + t.getString("code") + " " + l.getString("libelle") + ")");
                            }
                        }
                    }
                }
            });
            parCle.forEach((cle, cellules) -> {
                if (cellules.size() > 1) {
                    classes[0]++;
                    java.util.Set<String> valeurs = new java.util.HashSet<>();
                    cellules.forEach(x -> valeurs.add(x.substring(0, x.indexOf(" ("))));
                    // one exception: a table where the number counts nobody publishes its 0 (see EnsembleLie.forcer)
                    assertTrue(valeurs.size() == 1 || valeurs.equals(java.util.Set.of("s", "0")), cle + " : " + cellules);
                    classes[1] += valeurs.contains("s") ? 1 : 0;
                }
            });
        }
        assertTrue(classes[0] > 200, "cellules partagées entre tableaux : " + classes[0]);
        assertTrue(classes[1] > 0, "dont masquées : " + classes[1]);
    }

    /**
     * The mission tables together: T20's rows add up to T08's row of their mission, T08's rows of a dispositif and
     * catégorie (the catalogue is public) to T07's row, in every version; with the identities between their totals
     * and the slices adding up, the reader's system over T07, T08 and T20 determines no masked cell.
     */
    @Test
    void theMissionTablesTogetherRevealNoMaskedCell() throws SQLException {
        Map<String, String> rangs = new HashMap<>();
        try (Connection c = BaseDeTest.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT code, dispositif, categorie FROM entrepot.dim_mission WHERE annee_scolaire = ?")) {
            ps.setString(1, N);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rangs.put(rs.getString(1), fr.pacte.entrepot.Libelles.de("dispositif", rs.getString(2)) + " – "
                            + fr.pacte.entrepot.Libelles.de("categorie", rs.getString(3)));
                }
            }
        }
        Attaque a = new Attaque();
        Map<String, String> premiereDeCle = new HashMap<>();
        for (String code : List.of("T07", "T08", "T20")) {
            RAPPORTS.forEach((version, r) -> {
                JsonObject t = tableau(r, code);
                a.colonnes = null;
                a.additives.clear();
                a.version(code + "@" + version, t);
                for (JsonValue lv : t.getJsonArray("lignes")) {
                    String ligne = lv.asJsonObject().getString("libelle");
                    String cle = fr.pacte.entrepot.SensDesCellules.cle(code, version.isEmpty() ? null
                            : version.substring(0, version.indexOf('=')), version.isEmpty() ? null : "tranche " + version, ligne, "Missions");
                    String cellule = code + "@" + version + "|" + ligne + "|Missions";
                    String autre = premiereDeCle.putIfAbsent(cle, cellule);
                    if (autre != null) {
                        a.equations.add(Map.of(cellule, 1, autre, -1)); // the same number in two tables
                    }
                }
            });
            for (Map.Entry<String, List<String>> d : DIMENSIONS.entrySet()) {
                for (String ligne : a.lignes.get(code + "@")) {
                    Map<String, Integer> e = new HashMap<>();
                    d.getValue().forEach(v -> e.merge(code + "@" + d.getKey() + "=" + v + "|" + ligne + "|Missions", 1, Integer::sum));
                    e.merge(code + "@|" + ligne + "|Missions", -1, Integer::sum);
                    a.equations.add(e);
                }
            }
        }
        int liees = 0;
        for (String version : RAPPORTS.keySet()) {
            for (String t08 : a.lignes.get("T08@" + version)) {
                Map<String, Integer> e = new HashMap<>();
                a.lignes.get("T20@" + version).stream().filter(l -> l.endsWith(" – " + t08))
                        .forEach(l -> e.put("T20@" + version + "|" + l + "|Missions", 1));
                if (!e.isEmpty()) {
                    e.put("T08@" + version + "|" + t08 + "|Missions", -1);
                    a.equations.add(e);
                    liees++;
                }
            }
            for (String t07 : a.lignes.get("T07@" + version)) {
                Map<String, Integer> e = new HashMap<>();
                a.lignes.get("T08@" + version).stream().filter(l -> t07.equals(rangs.get(l)))
                        .forEach(l -> e.put("T08@" + version + "|" + l + "|Missions", 1));
                if (!e.isEmpty()) {
                    e.put("T07@" + version + "|" + t07 + "|Missions", -1);
                    a.equations.add(e);
                    liees++;
                }
            }
        }
        List<String> retrouvees = a.deductibles().stream().filter(x -> x.endsWith("|Missions")).toList();
        assertTrue(retrouvees.isEmpty(), "missions masquées retrouvées : " + retrouvees);
        assertTrue(liees > 20, "relations entre tableaux : " + liees);
        assertTrue(a.inconnues.keySet().stream().anyMatch(x -> x.endsWith("|Missions")), "des missions masquées");
    }

    @Test
    void aMaskedCellIsMaskedInEveryVersionThatShowsIt() {
        // the psychologists (two persons) are masked unfiltered and in their département
        assertTrue(ligne(RAPPORTS.get(""), "T03", "Psychologues de l'EN").isNull(1));
        assertTrue(ligne(RAPPORTS.get("departement=038"), "T03", "Psychologues de l'EN").isNull(1));
    }

    @Test
    void twoFiltersAtOnceAreRefusedWithTheRule() {
        HttpResponse<String> r = http().basic(EntrepotIT.ANALYSTE, "test")
                .get("/api/entrepot/rapports/" + N + "?departement=038&nature=CLG");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("Un seul filtre à la fois"), r.body());
    }

    /** The reader's linear system over the masked cells of the additive columns, in exact arithmetic mod a prime. */
    private static final class Attaque {

        private static final long P = 2_305_843_009_213_693_951L; // 2^61 - 1
        private final Map<String, Integer> inconnues = new LinkedHashMap<>();
        private final Map<String, BigDecimal> connues = new HashMap<>();
        private final List<Map<String, Integer>> equations = new ArrayList<>();
        private List<String> colonnes;
        private final List<Boolean> additives = new ArrayList<>();
        private final Map<String, List<String>> lignes = new HashMap<>();

        void version(String version, JsonObject t) {
            if (colonnes == null) {
                colonnes = new ArrayList<>();
                for (JsonValue c : t.getJsonArray("colonnes")) {
                    colonnes.add(c.asJsonObject().getString("libelle"));
                    additives.add(c.asJsonObject().getBoolean("additive"));
                }
            }
            List<String> lues = new ArrayList<>();
            List<String> siennes = t.getJsonArray("colonnes").stream().map(c -> c.asJsonObject().getString("libelle")).toList();
            String total = null;
            for (JsonValue l : t.getJsonArray("lignes")) {
                JsonObject o = l.asJsonObject();
                String ligne = o.getString("libelle");
                lues.add(ligne);
                if (o.getBoolean("total")) {
                    total = ligne;
                }
                JsonArray v = o.getJsonArray("valeurs");
                for (int c = 0; c < siennes.size(); c++) {
                    String cle = cellule(version, ligne, siennes.get(c));
                    if (v.isNull(c)) {
                        inconnues.put(cle, inconnues.size());
                    } else if (v.get(c).getValueType() == JsonValue.ValueType.NUMBER) {
                        connues.put(cle, v.getJsonNumber(c).bigDecimalValue());
                    }
                }
            }
            lignes.put(version, lues);
            for (int c = 0; c < colonnes.size(); c++) {
                if (!additives.get(c) || total == null) {
                    continue;
                }
                Map<String, Integer> e = new HashMap<>();
                for (String l : lues) {
                    if (!l.equals(total)) {
                        e.merge(cellule(version, l, colonnes.get(c)), 1, Integer::sum);
                    }
                }
                e.merge(cellule(version, total, colonnes.get(c)), -1, Integer::sum);
                equations.add(e);
            }
            // month columns adding up to their total (T11)
            int totalColonne = colonnes.indexOf("Total (€)");
            if (totalColonne >= 0) {
                for (String l : lues) {
                    Map<String, Integer> e = new HashMap<>();
                    for (int c = 0; c < colonnes.size(); c++) {
                        e.merge(cellule(version, l, colonnes.get(c)), c == totalColonne ? -1 : 1, Integer::sum);
                    }
                    equations.add(e);
                }
            }
        }

        /** Slices of a dimension add up to the unfiltered table; a row a slice lacks is 0 there (known). */
        void lier(Map<String, List<String>> dimensions) {
            for (Map.Entry<String, List<String>> d : dimensions.entrySet()) {
                for (String ligne : lignes.get("")) {
                    for (int c = 0; c < colonnes.size(); c++) {
                        if (!additives.get(c)) {
                            continue;
                        }
                        Map<String, Integer> e = new HashMap<>();
                        for (String v : d.getValue()) {
                            e.merge(cellule(d.getKey() + "=" + v, ligne, colonnes.get(c)), 1, Integer::sum);
                        }
                        e.merge(cellule("", ligne, colonnes.get(c)), -1, Integer::sum);
                        equations.add(e);
                    }
                }
            }
        }

        /** The masked cells whose unit vector lies in the row space of the system restricted to the unknowns. */
        List<String> deductibles() {
            int n = inconnues.size();
            List<long[]> base = new ArrayList<>();
            List<Integer> pivots = new ArrayList<>();
            for (Map<String, Integer> e : equations) {
                long[] r = new long[n];
                boolean vide = true;
                for (Map.Entry<String, Integer> t : e.entrySet()) {
                    Integer i = inconnues.get(t.getKey());
                    if (i != null && t.getValue() != 0) {
                        r[i] = mod(r[i] + t.getValue());
                        vide = false;
                    }
                }
                if (!vide) {
                    reduire(r, base, pivots);
                }
            }
            List<String> determinees = new ArrayList<>();
            for (Map.Entry<String, Integer> x : inconnues.entrySet()) {
                long[] u = new long[n];
                u[x.getValue()] = 1;
                if (enDecoule(u, base, pivots)) {
                    determinees.add(x.getKey());
                }
            }
            return determinees;
        }

        private static void reduire(long[] r, List<long[]> base, List<Integer> pivots) {
            for (int b = 0; b < base.size(); b++) {
                eliminer(r, base.get(b), pivots.get(b));
            }
            int p = -1;
            for (int j = 0; j < r.length && p < 0; j++) {
                if (r[j] != 0) {
                    p = j;
                }
            }
            if (p < 0) {
                return;
            }
            long inverse = puissance(r[p], P - 2);
            for (int j = 0; j < r.length; j++) {
                r[j] = mul(r[j], inverse);
            }
            for (int b = 0; b < base.size(); b++) {
                eliminer(base.get(b), r, p);
            }
            base.add(r);
            pivots.add(p);
        }

        private static boolean enDecoule(long[] u, List<long[]> base, List<Integer> pivots) {
            for (int b = 0; b < base.size(); b++) {
                eliminer(u, base.get(b), pivots.get(b));
            }
            for (long x : u) {
                if (x != 0) {
                    return false;
                }
            }
            return true;
        }

        private static void eliminer(long[] r, long[] b, int pivot) {
            long f = r[pivot];
            if (f != 0) {
                for (int j = 0; j < r.length; j++) {
                    if (b[j] != 0) {
                        r[j] = mod(r[j] - mul(f, b[j]));
                    }
                }
            }
        }

        private static long mod(long x) {
            long m = x % P;
            return m < 0 ? m + P : m;
        }

        private static long mul(long a, long b) {
            return java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b)).mod(java.math.BigInteger.valueOf(P)).longValue();
        }

        private static long puissance(long a, long e) {
            return java.math.BigInteger.valueOf(a).modPow(java.math.BigInteger.valueOf(e), java.math.BigInteger.valueOf(P)).longValue();
        }

        private static String cellule(String version, String ligne, String colonne) {
            return version + "|" + ligne + "|" + colonne;
        }
    }

    private static JsonObject rapport(String filtre) {
        return rapport(POPULATION, filtre);
    }

    private static JsonObject rapport(String population, String filtre) {
        HttpResponse<String> r = http().basic(EntrepotIT.ANALYSTE, "test").get("/api/entrepot/rapports/" + N + "?" + population + filtre);
        assertEquals(200, r.statusCode(), filtre + " : " + r.body());
        return Json.objet(r.body());
    }

    private static JsonObject tableau(JsonObject rapport, String code) {
        return rapport.getJsonArray("tableaux").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static JsonArray ligne(JsonObject rapport, String code, String libelle) {
        return tableau(rapport, code).getJsonArray("lignes").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("libelle").equals(libelle)).findFirst().orElseThrow().getJsonArray("valeurs");
    }

    private static List<String> valeurs(String colonne) throws SQLException {
        List<String> l = new ArrayList<>();
        try (Connection c = BaseDeTest.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT " + colonne + " FROM entrepot.dim_etablissement WHERE annee_scolaire = ? ORDER BY 1")) {
            ps.setString(1, N);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(rs.getString(1));
                }
            }
        }
        return l;
    }
}
