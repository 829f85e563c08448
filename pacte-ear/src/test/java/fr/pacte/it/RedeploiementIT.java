package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seed 000 addresses the agent: « leur redéploiement sur d'autres missions quantifiées en heures pour le volume
 * horaire restant à accomplir ». By default the hours go to the same agent's other hour-based missions; to a colleague
 * only when the campaign allows it (V18, {@code redeploiement_vers_collegue}), as a transfer of the hours and of their
 * payment. Collège 0830001A, campaigns 2128-2129 (default) and 2129-2130 (transfer allowed).
 */
class RedeploiementIT extends PacteIT {

    private static final String DEFAUT = "2128-2129";
    private static final String TRANSFERT = "2129-2130";
    private static final String UAI = Departement083.CLG;

    private final Http chef = http().basic("chef.0830001a", "test");
    private final Http rectorat = http().basic("rectorat", "test");

    @BeforeAll
    static void preparer() throws SQLException {
        Departement083.creer();
        Departement083.campagne(DEFAUT, false);
        Departement083.campagne(TRANSFERT, true);
        for (String annee : new String[]{DEFAUT, TRANSFERT}) {
            Departement083.publier(annee, 10, UAI, 10, 0);
            Departement083.volontaires(annee, "ACA0000000001", "ACA0000000002", "ACA0000000003");
        }
    }

    @Test
    void leur_redeploiement_sur_d_autres_missions_quantifiees_en_heures_du_meme_agent() {
        long rcd = cree(chef.postJson("/api/attributions", EnveloppesSuivi.pacte(DEFAUT, UAI, "ACA0000000001", "P2-RCD", "1", "18")));
        long devoirs = cree(chef.postJson("/api/attributions",
                EnveloppesSuivi.pacte(DEFAUT, UAI, "ACA0000000001", "P2-DEVOIRS-FAITS", "1", "24")));
        HttpResponse<String> r = chef.postJson(redeploiement(rcd), "{\"cible\": " + devoirs + ", \"heures\": 6, \"motif\": \"Peu d'absences\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("12.0 1.0|30.0 1.0", BaseDeTest.valeur("SELECT string_agg(heures || ' ' || parts, '|' ORDER BY id)"
                + " FROM mission.attribution WHERE id IN (" + rcd + ", " + devoirs + ")"), "the hours move, the parts stay");
        assertEquals(0, total(DEFAUT, "ACA0000000001").compareTo(new BigDecimal("2500")), "the same agent, paid the same");
    }

    @Test
    void vers_un_collegue_le_redeploiement_est_refuse_par_defaut() {
        long source = cree(chef.postJson("/api/attributions",
                EnveloppesSuivi.pacte(DEFAUT, UAI, "ACA0000000002", "P2-DEVOIRS-FAITS", "1", "24")));
        long collegue = cree(chef.postJson("/api/attributions",
                EnveloppesSuivi.pacte(DEFAUT, UAI, "ACA0000000003", "P2-RCD", "1", "18")));
        HttpResponse<String> r = chef.postJson(redeploiement(source), "{\"cible\": " + collegue + ", \"heures\": 6}");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("même agent (ACA0000000002)"), r.body());
        assertEquals("24.0", BaseDeTest.valeur("SELECT heures FROM mission.attribution WHERE id = " + source));
    }

    @Test
    void vers_un_collegue_seulement_comme_transfert_des_heures_et_de_leur_paiement() {
        long a = cree(chef.postJson("/api/attributions",
                EnveloppesSuivi.pacte(TRANSFERT, UAI, "ACA0000000001", "P2-DEVOIRS-FAITS", "2", "48")));
        long b = cree(chef.postJson("/api/attributions",
                EnveloppesSuivi.pacte(TRANSFERT, UAI, "ACA0000000002", "P2-DEVOIRS-FAITS", "1", "24")));
        assertEquals(200, chef.put("/api/suivi/attributions/" + a + "/heures-faites", "{\"heures\": 20}").statusCode());

        // hours that are not whole parts would leave someone paid for hours another does
        HttpResponse<String> partiel = chef.postJson(redeploiement(a), "{\"cible\": " + b + ", \"heures\": 10}");
        assertEquals(422, partiel.statusCode(), partiel.body());
        assertTrue(partiel.body().contains("10 h ne font pas des parts entières de 24 h sur P2-DEVOIRS-FAITS"), partiel.body());

        HttpResponse<String> r = chef.postJson(redeploiement(a), "{\"cible\": " + b + ", \"heures\": 24, \"motif\": \"Mutation\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("24.0 1.0|48.0 2.0", BaseDeTest.valeur("SELECT string_agg(heures || ' ' || parts, '|' ORDER BY id)"
                + " FROM mission.attribution WHERE id IN (" + a + ", " + b + ")"), "the hours and their parts move");
        assertEquals("1.0", BaseDeTest.valeur("SELECT parts_transferees FROM mission.redeploiement WHERE attribution_source = " + a));
        // both payment schedules change: A keeps 1 part (his 20 h done stay paid), B is paid 2 parts
        assertEquals(0, total(TRANSFERT, "ACA0000000001").compareTo(new BigDecimal("1250")));
        assertEquals(0, total(TRANSFERT, "ACA0000000002").compareTo(new BigDecimal("2500")));
    }

    private BigDecimal total(String annee, String identifiant) {
        HttpResponse<String> r = rectorat.get("/api/paiements/" + annee + "/personnels/" + identifiant);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject o = Json.objet(r.body());
        return o.getJsonNumber("totalAnnee").bigDecimalValue();
    }

    private static String redeploiement(long id) {
        return "/api/suivi/attributions/" + id + "/redeploiement";
    }

    private static long cree(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }
}
