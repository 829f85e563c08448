package fr.pacte.it;

import fr.pacte.database.banc.Banc;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 19, point 4 (profile bench only, see pacte-ear/BENCHMARK.md): 20 users of the distribution screen at once on
 * the demo académie (1 500 établissements), each in a form session of its own and editing établissements of its
 * own with the screen's own call ({@code PUT …/{uai}/saisie}, as {@code dotations.js} sends it), each also clicking
 * the probe ({@code sonde.xhtml}, the minimal Faces request) between its edits: both are measured under the same
 * load, in the same round. Each round of the harness ({@link Banc}) runs the load for a fixed number of requests;
 * which of the two each user sends first alternates from round to round. Server times come from the metrology
 * filter; the users' own round trips are printed too. It prints its figures and asserts none of them.
 */
class DistributionConcurrenteBench extends PacteIT {

    private static final String ANNEE = "2025-2026";
    private static final String MOT_DE_PASSE = "pacte2025";
    private static final int UTILISATEURS = Integer.getInteger("pacte.bench.utilisateurs", 20);
    /** Établissements each user edits, in turn. */
    private static final int PAR_UTILISATEUR = 5;
    /** Edits (and as many probe clicks) each user sends in a round. */
    private static final int REQUETES = Integer.getInteger("pacte.bench.requetes", 30);
    /** Rounds of the same load before the measured ones: the JIT compiles the server's code meanwhile. */
    private static final int CHAUFFE = Integer.getInteger("pacte.bench.chauffe.tours", 3);
    /**
     * What each allocation line leaves to distribute once the formula is applied: 1 000 by default (no tranche of a
     * line runs dry); a small margin makes the tranches' quotas run out, so that edits share the line's slack out
     * again (V36's rare path) and some meet the cap.
     */
    private static final int MARGE = Integer.getInteger("pacte.bench.marge", 1000);
    private static final String EDITION = "PUT /pacte/api/dotations/" + ANNEE + "/";
    private static final String EDITION_FIN = "/saisie";
    private static final String SONDE = "POST /pacte/sonde.xhtml|sonde:bouton";
    private static final BigDecimal QUART = new BigDecimal("0.25");

    private final Http api = http().basic("rectorat", MOT_DE_PASSE);

    @Test
    void vingtUtilisateurs() throws Exception {
        // as DistributionBench: every établissement has its envelope, and (with the default margin) no edit meets the cap
        HttpResponse<String> formule = api.postJson("/api/repartitions/" + ANNEE + "/formule",
                "{\"type\": \"PROPORTIONNELLE\", \"poidsRep\": 1.2, \"poidsRepPlus\": 1.5, \"poidsLp\": 1.3}");
        assertEquals(200, formule.statusCode(), formule.body());
        StringBuilder allocation = new StringBuilder();
        Json.structure(api.get("/api/allocations/" + ANNEE).body()).asJsonArray().getValuesAs(JsonObject.class).forEach(l ->
                allocation.append(allocation.isEmpty() ? "{" : ", ").append('"').append(l.getString("ligne")).append("\": ")
                        .append(l.getJsonNumber("alloue").bigDecimalValue().add(BigDecimal.valueOf(MARGE))));
        assertEquals(200, api.put("/api/allocations/" + ANNEE, allocation.append('}').toString()).statusCode());
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
        }
        HttpResponse<String> etat = api.get("/api/metrologie");
        assertEquals(200, etat.statusCode(), "le serveur doit mesurer (-Dpacte.metrologie=true) : " + etat.body());

        List<Utilisateur> utilisateurs = utilisateurs();
        Banc banc = new Banc("distribution-concurrente", Banc.tours(3));
        banc.ecrire(f("%d utilisateurs simultanés (chacun sa session, %d établissements à lui, toutes voies et départements),"
                + " %d modifications et %d clics de sonde chacun par tour ; %d tours de chauffe non comptés ; reste à"
                + " distribuer par ligne : %d", UTILISATEURS, PAR_UTILISATEUR, REQUETES, REQUETES, CHAUFFE, MARGE));
        for (int i = 0; i < CHAUFFE; i++) {
            Tour t = tour(utilisateurs, i % 2 == 0);
            banc.ecrire(f("   chauffe %d : modification p50 %.1f / p95 %.1f / max %.1f ms, sonde p95 %.1f ms, %d refus", i + 1,
                    t.edition(.5), t.edition(.95), t.edition(1), t.sonde(.95), t.refus()));
        }
        List<Tour> tours = new ArrayList<>();
        Tour[] encours = {null};
        Banc.Resultat r = banc.comparer("modification p95", () -> partager(encours, utilisateurs, true, tours, banc).edition(.95),
                "sonde p95", () -> partager(encours, utilisateurs, false, tours, banc).sonde(.95), 3.0);
        List<Double> rapports = tours.stream().map(t -> t.edition(.95) / t.sonde(.95)).toList();
        List<Double> rapportsClient = tours.stream().map(t -> t.editionClient(.95) / t.sondeClient(.95)).toList();
        banc.ecrire(f("   médiane des rapports p95 modification / sonde par tour : %.2f× (temps serveur, objectif ≤ 3×) %s ;"
                        + " %.2f× (aller-retour vu par les utilisateurs)", mediane(rapports),
                mediane(rapports) <= 3 ? "ATTEINT" : "NON ATTEINT", mediane(rapportsClient)));
        banc.ecrire(f("   rapport des médianes de p95 du harnais : %.2f×", r.rapport()));
        banc.enregistrer(Path.of(System.getProperty("pacte.it.dir", "target/it")).resolveSibling("bench")
                .resolve("distribution-concurrente.txt"));
    }

    /**
     * The harness asks for each side in turn: the first side asked runs the round (its own request first in each
     * user's pair), the second reads the same round.
     */
    private Tour partager(Tour[] encours, List<Utilisateur> utilisateurs, boolean editionDabord, List<Tour> tours, Banc banc)
            throws Exception {
        if (encours[0] != null) {
            Tour t = encours[0];
            encours[0] = null;
            return t;
        }
        Tour t = tour(utilisateurs, editionDabord);
        tours.add(t);
        encours[0] = t;
        banc.ecrire(f("   tour %d (%s d'abord) : modification p50 %.1f / p95 %.1f / max %.1f ms (CPU médiane %.1f ms), sonde p50 %.1f / p95 %.1f ms"
                        + " (CPU médiane %.1f ms) ; rapport p95 %.2f× ; aller-retour client p95 : %.1f / %.1f ms (%.2f×) ; %d refus ou sans réponse",
                tours.size(), editionDabord ? "modification" : "sonde", t.edition(.5), t.edition(.95), t.edition(1), quantile(t.editionsCpu, .5),
                t.sonde(.5), t.sonde(.95), quantile(t.sondesCpu, .5), t.edition(.95) / t.sonde(.95),
                t.editionClient(.95), t.sondeClient(.95), t.editionClient(.95) / t.sondeClient(.95), t.refus));
        return t;
    }

    /** One round: every user sends its pairs at once; server times read back from the metrology filter. */
    private Tour tour(List<Utilisateur> utilisateurs, boolean editionDabord) throws Exception {
        Map<String, List<Double>> avant = releve();
        ExecutorService pool = Executors.newFixedThreadPool(utilisateurs.size());
        CountDownLatch depart = new CountDownLatch(utilisateurs.size());
        List<Double> editionsClient = Collections.synchronizedList(new ArrayList<>());
        List<Double> sondesClient = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refus = new AtomicInteger();
        java.util.concurrent.ScheduledExecutorService veille = Executors.newSingleThreadScheduledExecutor();
        // a round that lasts: what PostgreSQL's sessions are doing, and who blocks whom
        veille.scheduleAtFixedRate(DistributionConcurrenteBench::sessions, 30, 15, TimeUnit.SECONDS);
        try {
            List<Future<?>> futurs = new ArrayList<>();
            for (Utilisateur u : utilisateurs) {
                futurs.add(pool.submit(() -> {
                    depart.countDown();
                    depart.await();
                    for (int k = 0; k < REQUETES; k++) {
                        if (editionDabord) {
                            editionsClient.add(u.editer(refus));
                            sondesClient.add(u.sonder(refus));
                        } else {
                            sondesClient.add(u.sonder(refus));
                            editionsClient.add(u.editer(refus));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futurs) {
                f.get(30, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
            veille.shutdownNow();
        }
        Map<String, List<Double>> apres = releve();
        return new Tour(editions(avant, apres, ""), nouvelles(avant, apres, SONDE), editions(avant, apres, "cpu "),
                nouvelles(avant, apres, "cpu " + SONDE), editionsClient, sondesClient, refus.get());
    }

    record Tour(List<Double> editions, List<Double> sondes, List<Double> editionsCpu, List<Double> sondesCpu,
                List<Double> editionsClient, List<Double> sondesClient, int refus) {
        double edition(double q) {
            return quantile(editions, q);
        }

        double sonde(double q) {
            return quantile(sondes, q);
        }

        double editionClient(double q) {
            return quantile(editionsClient, q);
        }

        double sondeClient(double q) {
            return quantile(sondesClient, q);
        }
    }

    /**
     * The users and their établissements: every 15th row of the screen's list (sorted by UAI), so that all voies and
     * départements are edited, as a rectorat's team shares the académie.
     */
    private List<Utilisateur> utilisateurs() {
        List<JsonObject> lignes = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonObject p = Json.objet(api.get("/api/dotations?annee=" + ANNEE + "&page=" + page + "&taille=100").body());
            List<JsonObject> elements = p.getJsonArray("elements").getValuesAs(JsonObject.class);
            lignes.addAll(elements);
            if (elements.isEmpty() || lignes.size() >= p.getInt("total")) {
                break;
            }
        }
        int pas = Math.max(1, lignes.size() / (UTILISATEURS * PAR_UTILISATEUR));
        List<Utilisateur> utilisateurs = new ArrayList<>();
        for (int u = 0; u < UTILISATEURS; u++) {
            List<JsonObject> siennes = new ArrayList<>();
            for (int j = 0; j < PAR_UTILISATEUR; j++) {
                siennes.add(lignes.get(((u * PAR_UTILISATEUR + j) * pas) % lignes.size()));
            }
            utilisateurs.add(new Utilisateur(new SessionDistribution("rectorat", MOT_DE_PASSE), siennes));
        }
        return utilisateurs;
    }

    /**
     * A user: its session, its établissements' parts, IMP and versions as the screen shows them. Its k-th edit goes to
     * its établissement k mod 5; on each, in turn: one part more, a quarter IMP more, one part less, a quarter less
     * (the page sends the row's two values, one of them changed).
     */
    private static final class Utilisateur {
        private final SessionDistribution session;
        private final List<String> uais = new ArrayList<>();
        private final Map<String, BigDecimal[]> valeurs = new HashMap<>();
        private final Map<String, Long> versions = new HashMap<>();
        private int editions;

        Utilisateur(SessionDistribution session, List<JsonObject> lignes) {
            this.session = session;
            lignes.forEach(l -> {
                uais.add(l.getString("uai"));
                valeurs.put(l.getString("uai"), new BigDecimal[]{l.getJsonNumber("parts").bigDecimalValue(),
                        l.getJsonNumber("imp").bigDecimalValue()});
                versions.put(l.getString("uai"), l.getJsonNumber("version").longValue());
            });
        }

        double editer(AtomicInteger refus) {
            String uai = uais.get(editions % uais.size());
            int geste = editions / uais.size() % 4;
            editions++;
            BigDecimal[] v = valeurs.get(uai);
            BigDecimal parts = geste == 0 ? v[0].add(BigDecimal.ONE) : geste == 2 ? v[0].subtract(BigDecimal.ONE) : v[0];
            BigDecimal imp = geste == 1 ? v[1].add(QUART) : geste == 3 ? v[1].subtract(QUART) : v[1];
            long debut = System.nanoTime();
            HttpResponse<String> r;
            try {
                r = session.saisir(ANNEE, uai, parts, imp, versions.get(uai), null);
            } catch (java.io.UncheckedIOException e) {
                // no answer within the client's 60 s: counted, and the row read again to go on from its real state
                r = null;
                System.out.println("[distribution-concurrente] sans réponse : " + uai + " " + e.getMessage());
            }
            double duree = (System.nanoTime() - debut) / 1e6;
            if (r != null && r.statusCode() == 200) {
                lire(Json.objet(r.body()), uai);
            } else {
                refus.incrementAndGet();
                if (r != null) {
                    System.out.println("[distribution-concurrente] refus " + r.statusCode() + " " + r.body());
                }
                lire(Json.objet(session.lire(ANNEE, uai).body()), uai);
            }
            return duree;
        }

        private void lire(JsonObject e, String uai) {
            valeurs.put(uai, new BigDecimal[]{e.getJsonNumber("parts").bigDecimalValue(), e.getJsonNumber("imp").bigDecimalValue()});
            versions.put(uai, e.getJsonNumber("version").longValue());
        }

        double sonder(AtomicInteger refus) {
            long debut = System.nanoTime();
            try {
                HttpResponse<String> r = session.sonder();
                if (r.statusCode() != 200 || !r.body().contains("<partial-response")) {
                    throw new IllegalStateException("la sonde a échoué : " + r.statusCode() + " " + r.body());
                }
            } catch (java.io.UncheckedIOException e) {
                // no answer within the client's 60 s: counted with the edits refused, its wait kept in the client's times
                refus.incrementAndGet();
                System.out.println("[distribution-concurrente] sonde sans réponse : " + e.getMessage());
            }
            return (System.nanoTime() - debut) / 1e6;
        }
    }

    private static void sessions() {
        try (Connection c = BaseDeTest.dataSourceSuperutilisateur().getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT pid, pg_blocking_pids(pid), state, wait_event_type, wait_event,"
                     + " round(extract(epoch FROM now() - xact_start)::numeric, 1), left(query, 160) FROM pg_stat_activity"
                     + " WHERE state <> 'idle' AND pid <> pg_backend_pid() AND backend_type = 'client backend' ORDER BY xact_start")) {
            StringBuilder b = new StringBuilder("[distribution-concurrente] sessions PostgreSQL actives :");
            while (rs.next()) {
                b.append(f("%n   %s bloqué par %s, %s, attente %s/%s, transaction de %s s : %s", rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
            System.out.println(b);
        } catch (Exception | Error e) {
            // caught all: an exception would silently end the periodic task
            System.out.println("[distribution-concurrente] sessions illisibles : " + e);
        }
    }

    private Map<String, List<Double>> releve() {
        JsonObject json = Json.objet(api.get("/api/metrologie").body());
        Map<String, List<Double>> releve = new HashMap<>();
        json.forEach((cle, valeurs) -> releve.put(cle, valeurs.asJsonArray().getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::doubleValue).toList()));
        return releve;
    }

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

    /** Nearest-rank quantile. */
    private static double quantile(List<Double> valeurs, double q) {
        List<Double> triees = new ArrayList<>(valeurs);
        triees.sort(null);
        int rang = (int) Math.ceil(q * triees.size());
        return triees.get(Math.max(0, rang - 1));
    }

    private static double mediane(List<Double> valeurs) {
        return quantile(valeurs, .5);
    }

    private static String f(String format, Object... valeurs) {
        return String.format(Locale.FRANCE, format, valeurs);
    }
}
