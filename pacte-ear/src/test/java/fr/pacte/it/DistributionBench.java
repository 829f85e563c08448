package fr.pacte.it;

import fr.pacte.database.banc.Banc;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark of the distribution screen (profile bench only, see pacte-ear/BENCHMARK.md), on the demo académie with
 * 1 500 établissements: the server time of an inline edit that refreshes the totals against a minimal Faces request
 * ({@link Banc}: rounds alternating which goes first, each side the median of its gestures in the round, ratio of the
 * medians of the rounds), and the time to simulate and to apply a formula to every row. It prints its figures and
 * asserts none of them.
 */
class DistributionBench extends PacteIT {

    private static final String ANNEE = "2025-2026";
    private static final String MOT_DE_PASSE = "pacte2025";
    private static final int MESURES = Integer.getInteger("pacte.bench.mesures", 50);
    private static final int CHAUFFE = Integer.getInteger("pacte.bench.chauffe", 150);
    private static final int EXECUTIONS = Integer.getInteger("pacte.bench.executions", 5);
    /**
     * Requests of each kind (the screen's edit, the probe's click) sent first by a Java client in a session of its
     * own, so that the JIT has compiled the server's code before anything is measured: with the browser's 150 warm-up
     * gestures alone, the JIT's compiler threads still took a fifth of the CPU while the measured edits ran.
     */
    private static final int CHAUFFE_SERVEUR = Integer.getInteger("pacte.bench.chauffe.serveur", 3000);
    /** Rows of the first page of the screen (its default page size): the edits go round them. */
    private static final int LIGNES_PAGE = 20;
    /** The screen's inline edits go to the API, one path per row: their keys start and end so. */
    private static final String EDITION = "PUT /pacte/api/dotations/" + ANNEE + "/";
    private static final String EDITION_FIN = "/saisie";
    private static final String SONDE = "POST /pacte/sonde.xhtml|sonde:bouton";
    private static final String SIMULATION = "POST /pacte/api/repartitions/" + ANNEE + "/simulation";
    private static final String APPLICATION = "POST /pacte/api/repartitions/" + ANNEE + "/formule";
    private static final String TOTAUX = "GET /pacte/api/dotations/" + ANNEE + "/totaux";
    private static final String ALLOCATION = "GET /pacte/api/allocations/" + ANNEE;
    private static final String[] FORMULES = {
            "{\"type\": \"PROPORTIONNELLE\", \"poidsRep\": 1.2, \"poidsRepPlus\": 1.5, \"poidsLp\": 1.3}",
            "{\"type\": \"PROPORTIONNELLE\", \"poidsRep\": 1.3, \"poidsRepPlus\": 1.7, \"poidsLp\": 1.4}"};
    /** Hides the growl, whose messages would otherwise cover the cells being clicked. */
    private static final String SANS_GROWL = "document.head.insertAdjacentHTML('beforeend',"
            + " '<style>.ui-growl { display: none !important; }</style>');";
    /**
     * Before a gesture: a promise of the end of its request, jQuery's for the edits (dotations.js), PrimeFaces' for
     * the probe. Waiting on it after the gesture needs no polling: polling, through WebDriver or in the page, would
     * take CPU from the server on this 2-core machine while the request runs, and inflate what is measured.
     */
    private static final String PROMESSE = "var evenement = arguments[0];"
            + " window.pacteFin = new Promise(function (r) { $(document).one(evenement, r); });";
    private static final String ATTENTE = "window.pacteFin.then(arguments[arguments.length - 1]);";

    /**
     * How the last part of a gesture is made: "page" (default: the field's Enter and the probe's click are dispatched
     * by the page itself 300 ms after WebDriver has returned, so that the driver, its process and the test's JVM are
     * idle on this 2-core machine while the request runs, as they would be on a user's own computer) or "webdriver"
     * (Enter typed and button clicked through WebDriver, whose work then overlaps the request).
     */
    private static final boolean GESTE_PAGE = "page".equals(System.getProperty("pacte.bench.geste", "page"));
    /** Dispatches Enter on the field (arguments[0]) after 300 ms. */
    private static final String ENTREE_DIFFEREE = "var champ = arguments[0]; setTimeout(function () {"
            + " champ.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, cancelable: true})); }, 300);";
    /**
     * Clicks the button (arguments[0]) 300 ms after PrimeFaces has enabled it again (it stays disabled a little after
     * the end of its previous request, and a disabled button ignores a click).
     */
    private static final String CLIC_DIFFERE = "var b = arguments[0]; (function essayer() {"
            + " if (b.disabled) { setTimeout(essayer, 20); } else { setTimeout(function () { b.click(); }, 300); } })();";

    private final Http api = http().basic("rectorat", MOT_DE_PASSE);

    @Test
    void distribution() throws Exception {
        // a campaign as the rectorat edits it: every établissement has its envelope (the formula applied once), and
        // the allocation is raised by 1 000 a line so that no edit of the bench meets the cap
        HttpResponse<String> formule = api.postJson("/api/repartitions/" + ANNEE + "/formule", FORMULES[0]);
        assertEquals(200, formule.statusCode(), formule.body());
        StringBuilder allocation = new StringBuilder();
        Json.structure(api.get("/api/allocations/" + ANNEE).body()).asJsonArray().getValuesAs(JsonObject.class).forEach(l ->
                allocation.append(allocation.isEmpty() ? "{" : ", ").append('"').append(l.getString("ligne")).append("\": ")
                        .append(l.getJsonNumber("alloue").bigDecimalValue().add(BigDecimal.valueOf(1000))));
        assertEquals(200, api.put("/api/allocations/" + ANNEE, allocation.append('}').toString()).statusCode());
        // the académie was just generated: statistics and visibility maps made now, rather than by the autovacuum
        // in the middle of the first measures
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
        HttpResponse<String> etat = api.get("/api/metrologie");
        assertEquals(200, etat.statusCode(), "le serveur doit mesurer (-Dpacte.metrologie=true) : " + etat.body());
        long etablissements = Json.objet(api.get("/api/dotations?annee=" + ANNEE + "&taille=1").body()).getInt("total");

        chaufferLeServeur();
        Banc banc = new Banc("DistributionBench", Banc.tours(3));
        List<Double> editions = new ArrayList<>();
        List<Double> sondes = new ArrayList<>();
        List<Double> editionsCpu = new ArrayList<>();
        List<Double> sondesCpu = new ArrayList<>();
        Banc.Resultat rapport;
        try (Navigateur navigateur = new Navigateur(BASE)) {
            navigateur.connecter("rectorat", MOT_DE_PASSE);
            navigateur.visible(By.id("perimetre"));
            editer(navigateur, CHAUFFE, 1);
            sonder(navigateur, CHAUFFE);
            int[] tour = {0};
            // each side of a round: MESURES gestures, their median server time; the rounds alternate which goes first
            rapport = banc.comparer("modification en ligne + totaux", () -> {
                Map<String, List<Double>> avant = releve();
                // 5, 6, 7 then 2, 3, 4: every edit changes its row's value (the warm-up left 7 or 8)
                editer(navigateur, MESURES, ++tour[0] % 2 == 1 ? 5 : 2);
                Map<String, List<Double>> apres = releve();
                List<Double> tourEditions = editions(avant, apres, "");
                assertEquals(MESURES, tourEditions.size(), "une requête mesurée par modification : " + apres.keySet());
                editions.addAll(tourEditions);
                editionsCpu.addAll(editions(avant, apres, "cpu "));
                return quantile(tourEditions, .5);
            }, "requête JSF minimale (sonde)", () -> {
                Map<String, List<Double>> avant = releve();
                sonder(navigateur, MESURES);
                Map<String, List<Double>> apres = releve();
                List<Double> tourSondes = nouvelles(avant, apres, SONDE);
                assertEquals(MESURES, tourSondes.size(), "une requête mesurée par clic : " + apres.keySet());
                sondes.addAll(tourSondes);
                sondesCpu.addAll(nouvelles(avant, apres, "cpu " + SONDE));
                return quantile(tourSondes, .5);
            }, 3);
        }

        Map<String, List<Double>> services = mesurerLesServices();

        List<Double> simulationsClient = new ArrayList<>();
        for (int i = 0; i <= EXECUTIONS; i++) {
            simulationsClient.add(appeler("/api/repartitions/" + ANNEE + "/simulation", FORMULES[0]));
        }
        List<Double> applicationsClient = new ArrayList<>();
        List<Integer> modifiees = new ArrayList<>();
        for (int i = 0; i <= EXECUTIONS; i++) {
            long debut = System.nanoTime();
            HttpResponse<String> r = api.postJson("/api/repartitions/" + ANNEE + "/formule", FORMULES[i % 2]);
            applicationsClient.add((System.nanoTime() - debut) / 1e6);
            assertEquals(200, r.statusCode(), r.body());
            modifiees.add(Json.objet(r.body()).getInt("modifiees"));
        }
        Map<String, List<Double>> serveur = releve();
        // the first run of each warms the code paths up: it is left out, as the first edits and clicks are
        List<Double> simulations = serveur.get(SIMULATION).subList(1, EXECUTIONS + 1);
        List<Double> applications = serveur.get(APPLICATION).subList(1, EXECUTIONS + 1);

        String resume = resume(etablissements, rapport, editions, sondes, editionsCpu, sondesCpu, services, simulations, simulationsClient.subList(1, EXECUTIONS + 1),
                applications, applicationsClient.subList(1, EXECUTIONS + 1), modifiees.subList(1, EXECUTIONS + 1));
        System.out.println(resume);
        Path fichier = Path.of(System.getProperty("pacte.it.dir", "target/it")).resolveSibling("bench")
                .resolve("distribution.txt");
        Files.createDirectories(fichier.getParent());
        Files.writeString(fichier, resume);
        banc.enregistrer(fichier);
        assertTrue(modifiees.stream().allMatch(n -> n > 0), "chaque application change des enveloppes : " + modifiees);
    }

    /**
     * The screen's edit and the probe's click, sent as the browser sends them (form session, same bodies and
     * parameters) on rows the browser does not edit: each edit raises a row by one part, the next lowers it back.
     */
    private static void chaufferLeServeur() {
        // the page's own calls (session token, Origin, CSP nonce): the API refuses a form session's write without them
        SessionDistribution session = new SessionDistribution("rectorat", MOT_DE_PASSE);
        List<JsonObject> lignes = Json.objet(api().get("/api/dotations?annee=" + ANNEE + "&page=2&taille=100").body())
                .getJsonArray("elements").getValuesAs(JsonObject.class);
        Map<String, Long> versions = new HashMap<>();
        lignes.forEach(l -> versions.put(l.getString("uai"), l.getJsonNumber("version").longValue()));
        for (int k = 0; k < 2 * CHAUFFE_SERVEUR; k++) {
            JsonObject l = lignes.get(k / 2 % lignes.size());
            String uai = l.getString("uai");
            BigDecimal parts = l.getJsonNumber("parts").bigDecimalValue().add(k % 2 == 0 ? BigDecimal.ONE : BigDecimal.ZERO);
            HttpResponse<String> r = session.saisir(ANNEE, uai, parts, l.getJsonNumber("imp").bigDecimalValue(),
                    versions.get(uai), null);
            assertEquals(200, r.statusCode(), r.body());
            versions.put(uai, Json.objet(r.body()).getJsonNumber("version").longValue());
        }
        for (int k = 0; k < CHAUFFE_SERVEUR; k++) {
            HttpResponse<String> r = session.sonder();
            assertTrue(r.statusCode() == 200 && r.body().contains("<partial-response"), r.statusCode() + " " + r.body());
        }
    }

    private static Http api() {
        return http().basic("rectorat", MOT_DE_PASSE);
    }

    /**
     * Inline edits of the parts of the rows of the first page, each refreshing the totals; every round of the page
     * raises the value by one, so that each edit changes the envelope.
     */
    private static void editer(Navigateur navigateur, int nombre, int premiereValeur) {
        navigateur.ouvrir("/dotations.xhtml");
        navigateur.visible(By.id("total-parts"));
        JavascriptExecutor js = navigateur.driver();
        js.executeScript(SANS_GROWL);
        navigateur.calme();
        for (int k = 0; k < nombre; k++) {
            int i = k % LIGNES_PAGE + 1;
            String valeur = String.valueOf(premiereValeur + k / LIGNES_PAGE);
            By cellule = By.xpath("//tbody[@id='formulaire:lignes_data']/tr[" + i + "]/td[contains(@class, 'pacte-saisie')][1]");
            navigateur.visible(cellule).click();
            WebElement saisie = navigateur.visible(By.xpath("//tbody[@id='formulaire:lignes_data']/tr[" + i
                    + "]//input[contains(@id, 'saisie-parts')]"));
            js.executeScript(PROMESSE, "ajaxComplete");
            if (GESTE_PAGE) {
                saisie.sendKeys(Keys.chord(Keys.CONTROL, "a"), valeur);
                js.executeScript(ENTREE_DIFFEREE, saisie);
            } else {
                saisie.sendKeys(Keys.chord(Keys.CONTROL, "a"), valeur, Keys.ENTER);
            }
            js.executeAsyncScript(ATTENTE);
            navigateur.attendre(d -> valeur.equals(d.findElement(cellule).getText().strip()));
        }
    }

    /** Clicks on the button of the minimal page, one request at a time. */
    private static void sonder(Navigateur navigateur, int nombre) {
        navigateur.ouvrir("/sonde.xhtml");
        JavascriptExecutor js = navigateur.driver();
        for (int i = 0; i < nombre; i++) {
            WebElement bouton = navigateur.visible(By.id("sonde:bouton"));
            js.executeScript(PROMESSE, "pfAjaxComplete");
            if (GESTE_PAGE) {
                js.executeScript(CLIC_DIFFERE, bouton);
            } else {
                bouton.click();
            }
            js.executeAsyncScript(ATTENTE);
        }
    }

    /**
     * The same work through the REST API, without Faces: the envelope edit alone (on other rows than the screen's),
     * then the two reads that refresh the totals. Server times, after warm-up.
     */
    private Map<String, List<Double>> mesurerLesServices() {
        JsonObject page = Json.objet(api.get("/api/dotations?annee=" + ANNEE + "&page=" + Integer.getInteger("pacte.bench.page", 1) + "&taille=100").body());
        List<JsonObject> lignes = page.getJsonArray("elements").getValuesAs(JsonObject.class);
        Map<String, JsonObject> actuelles = new HashMap<>();
        lignes.forEach(l -> actuelles.put(l.getString("uai"), l));
        Map<String, List<Double>> avant = releve();
        for (int k = 0; k < CHAUFFE + MESURES; k++) {
            JsonObject l = actuelles.get(lignes.get(k % lignes.size()).getString("uai"));
            String corps = "{\"parts\": " + l.getJsonNumber("parts").bigDecimalValue().add(BigDecimal.ONE)
                    + ", \"imp\": " + l.getJsonNumber("imp") + ", \"version\": " + l.getJsonNumber("version") + "}";
            HttpResponse<String> r = api.put("/api/dotations/" + ANNEE + "/" + l.getString("uai"), corps);
            assertEquals(200, r.statusCode(), r.body());
            JsonObject apresModification = Json.objet(r.body());
            // the screen's call, sent by this client instead of the browser: tells the browser's share apart
            String saisie = "{\"parts\": " + apresModification.getJsonNumber("parts").bigDecimalValue().add(BigDecimal.ONE)
                    + ", \"imp\": " + apresModification.getJsonNumber("imp") + ", \"version\": "
                    + apresModification.getJsonNumber("version") + "}";
            HttpResponse<String> rs = api.put("/api/dotations/" + ANNEE + "/" + l.getString("uai") + EDITION_FIN, saisie);
            assertEquals(200, rs.statusCode(), rs.body());
            actuelles.put(l.getString("uai"), Json.objet(rs.body()));
            assertEquals(200, api.get("/api/dotations/" + ANNEE + "/totaux").statusCode());
            assertEquals(200, api.get("/api/allocations/" + ANNEE).statusCode());
        }
        Map<String, List<Double>> apres = releve();
        Map<String, List<Double>> mesures = new HashMap<>();
        // the k-th edit is the n-th request on its row's path: read them back in the order they were sent
        Map<String, Integer> rangs = new HashMap<>();
        for (String[] mesure : new String[][]{{"modification", "", ""}, {"saisie", "", EDITION_FIN}, {"saisie cpu", "cpu ", EDITION_FIN}}) {
            List<Double> durees = new ArrayList<>();
            for (int k = 0; k < CHAUFFE + MESURES; k++) {
                String cle = mesure[1] + EDITION + lignes.get(k % lignes.size()).getString("uai") + mesure[2];
                double duree = nouvelles(avant, apres, cle).get(rangs.merge(cle, 1, Integer::sum) - 1);
                if (k >= CHAUFFE) {
                    durees.add(duree);
                }
            }
            mesures.put(mesure[0], durees);
        }
        mesures.put("totaux", sansChauffe(nouvelles(avant, apres, TOTAUX)));
        mesures.put("allocation", sansChauffe(nouvelles(avant, apres, ALLOCATION)));
        return mesures;
    }

    private static List<Double> sansChauffe(List<Double> durees) {
        return durees.subList(Math.min(CHAUFFE, durees.size()), durees.size());
    }

    private double appeler(String chemin, String corps) {
        long debut = System.nanoTime();
        HttpResponse<String> r = api.postJson(chemin, corps);
        double duree = (System.nanoTime() - debut) / 1e6;
        assertEquals(200, r.statusCode(), r.body());
        return duree;
    }

    private Map<String, List<Double>> releve() {
        JsonObject json = Json.objet(api.get("/api/metrologie").body());
        Map<String, List<Double>> releve = new HashMap<>();
        json.forEach((cle, valeurs) -> releve.put(cle, valeurs.asJsonArray().getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::doubleValue).toList()));
        return releve;
    }

    /** The screen's edits since {@code avant}, whatever their row (order does not matter to quantiles). */
    private static List<Double> editions(Map<String, List<Double>> avant, Map<String, List<Double>> apres, String prefixe) {
        List<Double> durees = new ArrayList<>();
        apres.keySet().stream().filter(k -> k.startsWith(prefixe + EDITION) && k.endsWith(EDITION_FIN))
                .forEach(k -> durees.addAll(nouvelles(avant, apres, k)));
        return durees;
    }

    private static List<Double> nouvelles(Map<String, List<Double>> avant, Map<String, List<Double>> apres, String cle) {
        List<Double> toutes = apres.getOrDefault(cle, List.of());
        return toutes.subList(avant.getOrDefault(cle, List.of()).size(), toutes.size());
    }

    private static String resume(long etablissements, Banc.Resultat rapport, List<Double> editions, List<Double> sondes,
                                 List<Double> editionsCpu, List<Double> sondesCpu,
                                 Map<String, List<Double>> services, List<Double> simulations,
                                 List<Double> simulationsClient, List<Double> applications, List<Double> applicationsClient,
                                 List<Integer> modifiees) {
        double ratioP90 = quantile(editions, .9) / quantile(sondes, .9);
        return String.join("\n",
                "",
                "================ Pacte – benchmark de l'écran de distribution ================",
                f("Académie de démonstration : %d établissements, campagne %s", etablissements, ANNEE),
                f("Temps serveur (filtre de métrologie), %d tours alternés de %d mesures après %d de chauffe, gestes %s :",
                        rapport.tempsNous().size(), MESURES, CHAUFFE,
                        GESTE_PAGE ? "déclenchés par la page" : "envoyés par WebDriver"),
                f("  modification en ligne + totaux  médiane %7.2f ms   p90 %7.2f ms", quantile(editions, .5), quantile(editions, .9)),
                f("  requête JSF minimale (sonde)    médiane %7.2f ms   p90 %7.2f ms", quantile(sondes, .5), quantile(sondes, .9)),
                f("  rapport modification / sonde    médiane des tours %5.2f × (tours : %s / %s)   p90 de toutes %5.2f ×"
                                + "   (objectif ≤ 3 ×)%s", rapport.rapport(), tours(rapport.tempsNous()),
                        tours(rapport.tempsBase()), ratioP90, rapport.atteint() ? "" : "   OBJECTIF NON ATTEINT"),
                f("  temps CPU du thread (médianes)  modification %.2f ms, sonde %.2f ms, rapport %.2f ×",
                        quantile(editionsCpu, .5), quantile(sondesCpu, .5),
                        quantile(editionsCpu, .5) / quantile(sondesCpu, .5)),
                f("  services seuls (API REST)       modification %.2f ms + totaux %.2f ms + allocation %.2f ms (médianes)",
                        quantile(services.get("modification"), .5), quantile(services.get("totaux"), .5),
                        quantile(services.get("allocation"), .5)),
                f("  la saisie de l'écran envoyée par un client Java : médiane %.2f ms, CPU %.2f ms (rapport à la sonde %.2f ×)",
                        quantile(services.get("saisie"), .5), quantile(services.get("saisie cpu"), .5),
                        quantile(services.get("saisie"), .5) / quantile(sondes, .5)),
                f("Formule proportionnelle sur toutes les lignes, médiane de %d exécutions (serveur / client) :", EXECUTIONS),
                f("  simulation seule                %7.1f ms / %7.1f ms", quantile(simulations, .5), quantile(simulationsClient, .5)),
                f("  application (1 transaction)     %7.1f ms / %7.1f ms   enveloppes modifiées par exécution : %s",
                        quantile(applications, .5), quantile(applicationsClient, .5), modifiees),
                "===============================================================================",
                "");
    }

    private static String tours(List<Double> medianes) {
        return String.join(" ; ", medianes.stream().map(m -> f("%.2f", m)).toList());
    }

    private static String f(String format, Object... valeurs) {
        return String.format(Locale.FRANCE, format, valeurs);
    }

    /** Nearest-rank quantile. */
    private static double quantile(List<Double> valeurs, double q) {
        List<Double> triees = valeurs.stream().sorted().toList();
        int rang = (int) Math.ceil(q * triees.size());
        return triees.get(Math.max(0, rang - 1));
    }
}
