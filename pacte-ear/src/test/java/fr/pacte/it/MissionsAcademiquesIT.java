package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seed 003: « Le recteur peut également attribuer des IMP pour des missions académiques ». Académie-level IMP are
 * attributed by the rectorat outside any établissement envelope, from the académie's IMP line (V18). Département 083
 * and campaigns 2125-2126 to 2127-2128 and 2130-2131 are this class's own (the data is set up by {@link Departement083}).
 */
class MissionsAcademiquesIT extends PacteIT {

    private static final String ANNEE = "2125-2126";
    /** the database's own refusal, on a campaign whose figures no other test changes */
    private static final String BASE = "2126-2127";
    /** the service's refusal over the line */
    private static final String LIGNE = "2127-2128";
    /** the chef's refusals (the rectorat's attribution there changes no other test's figures) */
    private static final String CHEF = "2130-2131";

    private final Http rectorat = http().basic("rectorat", "test");

    @BeforeAll
    static void preparer() throws SQLException {
        Departement083.creer();
        for (String annee : new String[]{ANNEE, BASE, LIGNE, CHEF}) {
            Departement083.campagne(annee, false);
            // 10 IMP in the académie's line, 6 of them in the collège's envelope
            Departement083.publier(annee, 10, Departement083.CLG, 10, 6);
        }
    }

    @Test
    void le_recteur_peut_egalement_attribuer_des_IMP_pour_des_missions_academiques() {
        HttpResponse<String> r = rectorat.postJson("/api/attributions/academiques", academique(ANNEE, "ACA0000000001", "003"));
        assertEquals(201, r.statusCode(), r.body());
        JsonObject a = Json.objet(r.body());
        // attached to the établissement of affectation, with the voie that keeps it out of its envelope
        assertEquals(Departement083.CLG, a.getString("uai"));
        assertEquals("ACADEMIQUE", a.getString("voie"));
        assertEquals("0.00", BaseDeTest.valeur("SELECT imp_attribues FROM dotation.enveloppe WHERE annee_scolaire = '"
                + ANNEE + "' AND uai = '" + Departement083.CLG + "'"), "nothing taken from the établissement's envelope");
        JsonObject ligne = Json.objet(rectorat.get("/api/attributions/academiques?annee=" + ANNEE).body());
        assertEquals(10, ligne.getJsonNumber("impAlloues").intValue());
        assertEquals(7, ligne.getJsonNumber("impDistribues").intValue(), "6 in the envelope + 1 académique");
        assertEquals(1, ligne.getJsonNumber("impAcademiques").intValue());
        assertEquals(3, ligne.getJsonNumber("impRestants").intValue());

        // paid like any other IMP: 1 250 € a year in ninths (taux de base)
        JsonObject paie = Json.objet(rectorat.get("/api/paiements/" + ANNEE + "/personnels/ACA0000000001").body());
        assertEquals(0, paie.getJsonNumber("totalAnnee").bigDecimalValue().compareTo(new java.math.BigDecimal("1250")), paie.toString());
        // and shown by the consolidation with its établissement of affectation
        JsonObject conso = Json.objet(rectorat.get("/api/consolidation?annee=" + ANNEE + "&mission=IMP-MISSION-ACADEMIQUE").body());
        assertEquals(1, conso.getJsonObject("totaux").getInt("attributions"), conso.toString());

        // the envelopes cannot take back the IMP the rectorat gave: 3 left in the line
        HttpResponse<String> enveloppe = rectorat.put("/api/dotations/" + ANNEE + "/" + Departement083.LP,
                "{\"parts\": 0, \"imp\": 4, \"version\": 0, \"motif\": \"Essai\"}");
        assertEquals(422, enveloppe.statusCode(), enveloppe.body());
    }

    @Test
    void une_mission_academique_est_refusee_au_chef_d_etablissement() {
        Http chef = http().basic("chef.0830001a", "test");
        HttpResponse<String> r = chef.postJson("/api/attributions/academiques", academique(CHEF, "ACA0000000002", "001"));
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("attribuée par le recteur"), r.body());
        // the generic path gives the same answer, with the établissement's UAI
        HttpResponse<String> generique = chef.postJson("/api/attributions", academique(CHEF, "ACA0000000002", "001")
                .replace("{", "{\"uai\": \"" + Departement083.CLG + "\", "));
        assertEquals(403, generique.statusCode(), generique.body());

        long id = cree(rectorat.postJson("/api/attributions/academiques", academique(CHEF, "ACA0000000002", "001")));
        assertEquals(403, chef.postJson("/api/attributions/" + id + "/annulation", "{}").statusCode(),
                "nor can the chef of the établissement of affectation cancel it");
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM mission.attribution WHERE annulee AND id = " + id));
    }

    @Test
    void au_dela_de_la_ligne_IMP_de_l_academie_la_mission_academique_est_refusee() {
        // 10 in the line, 6 in the envelope: a taux triple (3 IMP) fits, then a taux double (2 IMP) does not
        cree(rectorat.postJson("/api/attributions/academiques", academique(LIGNE, "ACA0000000003", "005")));
        HttpResponse<String> refus = rectorat.postJson("/api/attributions/academiques", academique(LIGNE, "ACA0000000004", "004"));
        assertEquals(422, refus.statusCode(), refus.body());
        assertTrue(refus.body().contains("allocation IMP de l'académie dépassée : 1 IMP restant(s) à attribuer en " + LIGNE),
                refus.body());
        assertEquals("9.00", BaseDeTest.valeur("SELECT distribue FROM dotation.allocation_etat WHERE annee_scolaire = '"
                + LIGNE + "' AND ligne = 'IMP'"));
    }

    @Test
    void la_base_refuse_une_mission_academique_au_dela_de_la_ligne_IMP() throws SQLException {
        try (Connection c = BaseDeTest.dataSourceServeur().getConnection(); Statement s = c.createStatement()) {
            // 6 in the envelope: 4 left; 5 taux triple = 15 IMP go past the line
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate("""
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, taux_imp,
                                                     unites_imp, date_debut, date_fin, modalite, creee_le, creee_par)
                    SELECT '%s', '%s', 'ACA0000000005', 'IMP-MISSION-ACADEMIQUE', 'IMP', 'ACADEMIQUE', '005', 3,
                           make_date(2126, 9, 1) + n, make_date(2127, 6, 30), 'ANNUELLE', now(), 'sql'
                      FROM generate_series(1, 5) n""".formatted(BASE, Departement083.CLG)));
            assertTrue(e.getMessage().contains("allocation_non_depassee"), e.getMessage());
            // a décharge is never académique: it is taken on an établissement's quota
            SQLException decharge = assertThrows(SQLException.class, () -> s.executeUpdate("""
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, taux_imp,
                                                     unites_imp, date_debut, date_fin, modalite, creee_le, creee_par)
                    VALUES ('%s', '%s', 'ACA0000000005', 'IMP-MISSION-ACADEMIQUE', 'IMP', 'ACADEMIQUE', '001', 0.25,
                            '2126-09-01', '2127-06-30', 'DECHARGE', now(), 'sql')""".formatted(BASE, Departement083.CLG)));
            assertTrue(decharge.getMessage().contains("attribution_academique_imp"), decharge.getMessage());
            // within the line, the database takes it and counts it
            s.executeUpdate("""
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, taux_imp,
                                                     unites_imp, date_debut, date_fin, modalite, creee_le, creee_par)
                    VALUES ('%s', '%s', 'ACA0000000005', 'IMP-MISSION-ACADEMIQUE', 'IMP', 'ACADEMIQUE', '005', 3,
                            '2126-09-01', '2127-06-30', 'ANNUELLE', now(), 'sql')""".formatted(BASE, Departement083.CLG));
        }
        assertEquals("9.00", BaseDeTest.valeur("SELECT distribue FROM dotation.allocation_etat WHERE annee_scolaire = '"
                + BASE + "' AND ligne = 'IMP'"));
    }

    private static String academique(String annee, String identifiant, String taux) {
        int an = Integer.parseInt(annee.substring(0, 4));
        return "{\"annee\": \"" + annee + "\", \"identifiant\": \"" + identifiant + "\", \"codeMission\": \"IMP-MISSION-ACADEMIQUE\", "
                + "\"tauxImp\": \"" + taux + "\", \"dateDebut\": \"" + an + "-09-01\", \"dateFin\": \"" + (an + 1)
                + "-06-30\", \"modalite\": \"ANNUELLE\"}";
    }

    static long cree(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }
}
