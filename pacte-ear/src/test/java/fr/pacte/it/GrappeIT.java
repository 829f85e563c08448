package fr.pacte.it;

import fr.pacte.database.dev.Grappe;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, point 1: two WildFly nodes of the EAR behind HAProxy (Debian's package), one PostgreSQL. A rectorat user
 * logs in through the balancer and opens a page; on the node that served him (A), a chef produces a lot of letters and
 * an analyst starts a warehouse load; A's JVM is killed (SIGKILL). Then, through the balancer: the user's next request
 * is served by B and he is still logged in, in the same session, and his open page's postback works (the session and
 * the page's view were replicated); the lot's ZIP is downloaded from B; B's watch resumes A's load once, which ends
 * equal to an uninterrupted load. The nodes run in this test's JVM's children (failsafe execution "grappe"), on the
 * embedded PostgreSQL of this JVM.
 */
@EnabledIfSystemProperty(named = "it.lb.port", matches = "\\d+",
        disabledReason = "tourne dans sa propre JVM : exécution failsafe « grappe » de pacte-ear")
class GrappeIT {

    private static final String ANNEE_LETTRES = "2040-2041";
    private static final String ANNEE_ENTREPOT = "2057-2058";
    private static Grappe grappe;

    @BeforeAll
    static void deuxNoeudsEtLeRepartiteur() throws Exception {
        int decalage = Integer.getInteger("it.port.offset", 100);
        grappe = Grappe.demarrer(new Grappe.Reglages(Path.of(System.getProperty("jboss.home")),
                Path.of(System.getProperty("pacte.ear")), Path.of(System.getProperty("pacte.it.dir"), "grappe"), null,
                Map.of(), Integer.getInteger("it.lb.port"), List.of(decalage, decalage + 100),
                // each node's watches look every second, and a node silent for 15 s is dead (production: 30 s, 180 s);
                // 15 s, not less: three JVMs and PostgreSQL share CI's two cores, a live node may pause a few seconds
                // (heap: standalone.conf's 512 Mo, three JVMs and PostgreSQL on CI's two cores)
                List.of("-Dpacte.lots.veille.secondes=1",
                        "-Dpacte.chargements.veille.secondes=1", "-Dpacte.chargements.silence.secondes=15")));
    }

    @AfterAll
    static void arreter() {
        if (grappe != null) {
            grappe.close();
        }
    }

    @Test
    void whenAUsersNodeDiesTheOtherNodeServesHimAndTakesItsWorkOver() throws Exception {
        SessionDistribution utilisateur = new SessionDistribution(grappe.url(), "rectorat", "test");
        HttpResponse<String> page = utilisateur.http().get("/index.xhtml");
        assertEquals(200, page.statusCode());
        Grappe.Noeud a = grappe.noeud(noeud(page));
        Grappe.Noeud b = grappe.noeuds().stream().filter(n -> n != a).findFirst().orElseThrow();
        assertEquals(200, utilisateur.sonder().statusCode(), "la page de l'utilisateur, ouverte sur " + a.nom());

        // on A: a lot of letters produced and a load started, paused in each unit so that it is killed mid-way
        long lot = lotTermine(a.url());
        long chargement = Entrepot.charger(new Http(a.url()).basic(EntrepotIT.ANALYSTE, "test"), List.of(ANNEE_ENTREPOT), 4000);
        Entrepot.attendre(new Http(a.url()).basic(EntrepotIT.ANALYSTE, "test"), chargement, c -> c.getInt("unitesFaites") >= 1);
        // the node's meters count what it produced (GrappeIT's lot: 2 letters)
        String metriques = new Http("http://localhost:" + a.portGestion()).get("/metrics").body();
        assertTrue(metriques.lines().anyMatch(l -> l.startsWith("pacte_lettres_produites_total")
                && Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)) >= 2), metriques.lines()
                .filter(l -> l.startsWith("pacte_")).toList().toString());
        a.tuer();
        assertFalse(a.vivant());

        HttpResponse<String> apres = utilisateur.http().get("/index.xhtml");
        assertEquals(200, apres.statusCode(), apres.body());
        assertEquals(b.nom(), noeud(apres), "la requête suivante est servie par l'autre nœud");
        assertFalse(apres.body().contains("j_security_check"), "toujours connecté, sans nouvelle connexion");
        assertEquals(utilisateur.jeton(), SessionDistribution.jeton(apres.body()), "la même session, répliquée");
        HttpResponse<String> clic = utilisateur.sonder();
        assertEquals(200, clic.statusCode(), clic.body());
        assertEquals(b.nom(), noeud(clic));
        assertTrue(clic.body().contains("<partial-response") && !clic.body().contains("ViewExpired"),
                "la page ouverte sur le nœud mort répond sur l'autre : " + clic.body());

        Http chef = new Http(grappe.url()).basic(LettresDeTest.CHEF, "test");
        HttpResponse<byte[]> zip = chef.getBytes("/api/lettres/lots/" + lot + "/zip");
        assertEquals(200, zip.statusCode(), "le ZIP d'un lot produit sur le nœud mort, servi par l'autre");
        assertEquals(b.nom(), zip.headers().firstValue("X-Pacte-Noeud").orElse(""));
        assertEquals('P', zip.body()[0]);
        assertEquals(BaseDeTest.valeur("SELECT taille FROM mission.lot_lettres WHERE id = " + lot),
                String.valueOf(zip.body().length));

        Http analyste = new Http(grappe.url()).basic(EntrepotIT.ANALYSTE, "test");
        // shown INTERROMPU as soon as its node is silent, then resumed by B's watch
        JsonObject repris = Entrepot.attendre(analyste, chargement,
                c -> List.of("TERMINE", "ECHEC").contains(c.getString("statut")));
        assertEquals("TERMINE", repris.getString("statut"), repris.toString());
        assertEquals("1", BaseDeTest.valeur("SELECT reprises FROM entrepot.chargement WHERE id = " + chargement),
                "repris une fois, par le nœud vivant");
        assertTrue(BaseDeTest.valeur("SELECT noeud FROM entrepot.chargement WHERE id = " + chargement)
                .startsWith(b.nom() + "/"), "repris par " + b.nom());
        Entrepot.egalAUnChargementDUneTraite(analyste, ANNEE_ENTREPOT);
    }

    /** A chef's lot of his letters, produced on the given node. */
    private static long lotTermine(String noeud) throws InterruptedException {
        LettresDeTest.publierEnveloppe(new Http(noeud).basic("rectorat", "test"), ANNEE_LETTRES, 10, 4);
        Http chef = new Http(noeud).basic(LettresDeTest.CHEF, "test");
        LettresDeTest.pacte(chef, ANNEE_LETTRES, "LET0000000001", "P2-DEVOIRS-FAITS", 24);
        LettresDeTest.pacte(chef, ANNEE_LETTRES, "LET0000000002", "P2-RCD", 18);
        HttpResponse<String> r = chef.postJson("/api/lettres/lots", "{\"annee\": \"" + ANNEE_LETTRES + "\"}");
        assertEquals(202, r.statusCode(), r.body());
        long id = Json.objet(r.body()).getJsonNumber("id").longValue();
        JsonObject lot = Json.objet(r.body());
        for (int i = 0; i < 240 && !List.of("TERMINE", "ECHEC").contains(lot.getString("etat")); i++) {
            Thread.sleep(250);
            lot = Json.objet(chef.get("/api/lettres/lots/" + id).body());
        }
        assertEquals("TERMINE", lot.getString("etat"), lot.toString());
        assertNotEquals("0", BaseDeTest.valeur("SELECT taille FROM mission.lot_lettres WHERE id = " + id));
        return id;
    }

    private static String noeud(HttpResponse<?> r) {
        return r.headers().firstValue("X-Pacte-Noeud").orElseThrow(() -> new AssertionError("réponse sans nœud"));
    }
}
