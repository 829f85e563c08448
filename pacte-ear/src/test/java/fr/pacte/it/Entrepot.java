package fr.pacte.it;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gestures of the warehouse tests over the REST API (start a load, follow it) and reads of the warehouse. */
final class Entrepot {

    private static final String[] TABLES = {"dim_campagne", "dim_mois", "dim_etablissement", "dim_personnel", "dim_mission",
        "fait_attribution", "fait_decharge", "fait_echeance", "fait_enveloppe", "fait_lettre"};

    private Entrepot() {
    }

    static long charger(String login, List<String> annees, long pause) {
        return charger(PacteIT.http().basic(login, "test"), annees, pause);
    }

    /** As {@link #charger(String, List, long)}, by a given client (a node of the cluster, the balancer). */
    static long charger(Http analyste, List<String> annees, long pause) {
        String json = "{\"annees\": [" + annees.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(","))
                + "], \"pause\": " + pause + "}";
        HttpResponse<String> r = analyste.postJson("/api/entrepot/chargements", json);
        assertEquals(202, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }

    /** Asks the load to resume from its last checkpoint. */
    static JsonObject reprendre(String login, long id) {
        HttpResponse<String> r = PacteIT.http().basic(login, "test").postJson("/api/entrepot/chargements/" + id + "/reprise", "");
        assertEquals(200, r.statusCode(), r.body());
        return Json.objet(r.body());
    }

    static JsonObject etat(String login, long id) {
        return etat(PacteIT.http().basic(login, "test"), id);
    }

    static JsonObject etat(Http analyste, long id) {
        HttpResponse<String> r = analyste.get("/api/entrepot/chargements/" + id);
        assertEquals(200, r.statusCode(), r.body());
        return Json.objet(r.body());
    }

    /** Polls the load until the condition holds (two minutes at most). */
    static JsonObject attendre(String login, long id, Predicate<JsonObject> condition) {
        return attendre(PacteIT.http().basic(login, "test"), id, condition);
    }

    static JsonObject attendre(Http analyste, long id, Predicate<JsonObject> condition) {
        long fin = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonObject e = etat(analyste, id);
            if (condition.test(e)) {
                return e;
            }
            if (System.currentTimeMillis() > fin) {
                throw new AssertionError("Chargement " + id + " : condition jamais atteinte, état " + e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new AssertionError(ex);
            }
        }
    }

    static boolean fini(JsonObject c) {
        return !"EN_COURS".equals(c.getString("statut")) && !"DEMANDE".equals(c.getString("statut"));
    }

    /** Loads the campaigns without pause and checks the load completes. */
    static void chargerJusquAuBout(String login, List<String> annees) {
        chargerJusquAuBout(PacteIT.http().basic(login, "test"), annees);
    }

    static void chargerJusquAuBout(Http analyste, List<String> annees) {
        long id = charger(analyste, annees, 0);
        assertEquals("TERMINE", attendre(analyste, id, Entrepot::fini).getString("statut"));
    }

    /** Deletes the campaign from every table of the warehouse. */
    static void vider(String annee) throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection()) {
            for (String t : TABLES) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM entrepot." + t + " WHERE annee_scolaire = ?")) {
                    ps.setString(1, annee);
                    ps.executeUpdate();
                }
            }
        }
    }

    /** A digest of every row of the campaign in every table of the warehouse. */
    static String empreinte(String annee) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (Connection c = BaseDeTest.dataSource().getConnection()) {
            for (String t : TABLES) {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' "
                        + "ORDER BY x::text)), '') FROM entrepot." + t + " x WHERE annee_scolaire = ?")) {
                    ps.setString(1, annee);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        b.append(t).append('=').append(rs.getString(1)).append(' ');
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Each unit of the load is journaled exactly once (a redone unit would be journaled twice, a skipped one never),
     * and the first execution kept the units it had committed: the restart went on after its checkpoint.
     */
    static void chaqueUniteUneFois(long id, int unitesTotal, long premiereExecution, int faitesAvant) {
        String journal = "SELECT count(*) FROM entrepot.journal_unite WHERE chargement_id = " + id;
        assertEquals(unitesTotal, lignes(journal), "unités journalisées");
        assertEquals(unitesTotal, lignes(journal.replace("count(*)", "count(DISTINCT rang)")), "unités distinctes");
        assertEquals(faitesAvant, lignes(journal + " AND execution_id = " + premiereExecution),
                "unités de la première exécution");
    }

    /** The warehouse of the campaign equals, row for row, that of a load of it without interruption. */
    static void egalAUnChargementDUneTraite(String login, String annee) throws SQLException {
        egalAUnChargementDUneTraite(PacteIT.http().basic(login, "test"), annee);
    }

    static void egalAUnChargementDUneTraite(Http analyste, String annee) throws SQLException {
        String interrompu = empreinte(annee);
        assertTrue(lignes("SELECT count(*) FROM entrepot.fait_attribution WHERE annee_scolaire = '" + annee + "'") > 100);
        vider(annee);
        chargerJusquAuBout(analyste, List.of(annee));
        assertEquals(interrompu, empreinte(annee), "chargement interrompu puis repris = chargement d'une traite");
        chargerJusquAuBout(analyste, List.of(annee));
        assertEquals(interrompu, empreinte(annee), "recharger ne change rien");
    }

    static int lignes(String sql) {
        return Integer.parseInt(BaseDeTest.valeur(sql));
    }
}
