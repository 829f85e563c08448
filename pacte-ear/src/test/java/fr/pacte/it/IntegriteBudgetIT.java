package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: the budget rules held twice, by the service (a 422 with the figures) and by PostgreSQL (V11). Campaigns
 * 2073-2074 to 2075-2076, reserved to this class, on the fixture's collège 0380001V and its teachers.
 */
class IntegriteBudgetIT extends PacteIT {

    private static final String ANNEE = "2073-2074";
    /** a campaign of its own for the conversion, so that the other tests' attributions do not change its figures */
    private static final String CONVERSION = "2074-2075";
    /** the database's check and the consumption columns */
    private static final String SUIVI = "2075-2076";
    private static final String UAI = "0380001V";

    private final Http rectorat = http().basic("rectorat", "test");

    @BeforeAll
    static void preparer() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES
                     ('2073-2074', '2073-09-01', '2074-08-31', 'PREPARATION'),
                     ('2074-2075', '2074-09-01', '2075-08-31', 'PREPARATION'),
                     ('2075-2076', '2075-09-01', '2076-08-31', 'PREPARATION') ON CONFLICT DO NOTHING;
                    -- the budget is tested here, not volunteering (ReglesTextesIT)
                    UPDATE referentiel.campagne SET volontariat_requis = false
                     WHERE annee_scolaire IN ('2073-2074', '2074-2075', '2075-2076')""");
        }
        for (String annee : List.of(ANNEE, CONVERSION, SUIVI)) {
            Http rectorat = http().basic("rectorat", "test");
            ok(rectorat.put("/api/allocations/" + annee, "{\"PREMIER_DEGRE\": 10, \"SECOND_DEGRE\": 50, \"VOIE_PRO\": 10, \"IMP\": 10}"));
            ok(rectorat.put("/api/dotations/" + annee + "/" + UAI, "{\"parts\": 20, \"imp\": 6, \"version\": 0}"));
            ok(rectorat.postJson("/api/dotations/" + annee + "/publication", "{}"));
        }
    }

    /** (a) The IMP a DASEN converts stay counted in the allocation: the rectorat cannot hand them out again. */
    @Test
    void aConversionKeepsTheConvertedImpInTheAllocation() {
        Http chef = http().basic("chef.0380001v", "test");
        Http dasen = http().basic("dasen.038", "test");
        imp(chef, CONVERSION, "TST0000000001", "IMP-COORD-DISCIPLINE", "003");
        imp(chef, CONVERSION, "TST0000000002", "IMP-COORD-DISCIPLINE", "003");
        // 6 IMP notified, 2 attributed: a conversion takes only the 4 still free
        long trop = demande(chef, CONVERSION, "5");
        HttpResponse<String> refus = dasen.postJson("/api/demandes/" + trop + "/decision", "{\"quantiteAccordee\": 5}");
        assertEquals(422, refus.statusCode(), refus.body());
        assertTrue(refus.body().contains("dont 2 attribué(s) : il reste 4 IMP libres, impossible d'en convertir 5 en décharge"),
                refus.body());

        long id = demande(chef, CONVERSION, "2");
        ok(dasen.postJson("/api/demandes/" + id + "/decision", "{\"quantiteAccordee\": 2}"));
        assertEquals("4.00 2.00", BaseDeTest.valeur("SELECT imp || ' ' || decharge_heures FROM dotation.enveloppe"
                + " WHERE annee_scolaire = '" + CONVERSION + "' AND uai = '" + UAI + "'"));
        // 4 IMP + 2 h of décharge = the 6 IMP distributed before the conversion
        assertEquals("6.00", BaseDeTest.valeur("SELECT distribue FROM dotation.allocation_etat WHERE annee_scolaire = '"
                + CONVERSION + "' AND ligne = 'IMP'"));
        HttpResponse<String> redistribution = rectorat.put("/api/dotations/" + CONVERSION + "/0380002W",
                "{\"parts\": 0, \"imp\": 6, \"version\": 0, \"motif\": \"Redistribution\"}");
        assertEquals(422, redistribution.statusCode(), redistribution.body());
        assertTrue(redistribution.body().contains("il reste 4 IMP à distribuer"), redistribution.body());
    }

    /** (b) The service refuses, with the figures, to lower an envelope below its attributions, on every entry point. */
    @Test
    void anEnvelopeCannotBeLoweredBelowWhatIsAttributed() {
        Http chef = http().basic("chef.0380001v", "test");
        // 6 parts attributed (3 each, the personal cap)
        cree(chef.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, UAI, "TST0000000001", "P2-DEVOIRS-FAITS", "3", "72")));
        cree(chef.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, UAI, "TST0000000002", "P2-DEVOIRS-FAITS", "3", "72")));
        long version = Json.objet(rectorat.get("/api/dotations/" + ANNEE + "/" + UAI).body()).getJsonNumber("version").longValue();
        HttpResponse<String> ecran = rectorat.put("/api/dotations/" + ANNEE + "/" + UAI + "/saisie",
                "{\"parts\": 5, \"imp\": 6, \"version\": " + version + ", \"motif\": \"Erreur de saisie\"}");
        assertEquals(422, ecran.statusCode(), ecran.body());
        assertTrue(ecran.body().contains("6 parts attribuées, l'enveloppe ne peut descendre sous 6"), ecran.body());
        HttpResponse<String> api = rectorat.put("/api/dotations/" + ANNEE + "/" + UAI,
                "{\"parts\": 4, \"imp\": 6, \"version\": " + version + ", \"motif\": \"Erreur de saisie\"}");
        assertEquals(422, api.statusCode(), api.body());
        assertTrue(api.body().contains("6 parts attribuées"), api.body());

        HttpResponse<String> masse = rectorat.postJson("/api/repartitions/" + ANNEE + "/masse?departement=038&q=" + UAI.toLowerCase(),
                "{\"type\": \"FIXER_PARTS\", \"valeur\": 4, \"motif\": \"Baisse\"}");
        assertEquals(422, masse.statusCode(), masse.body());
        assertTrue(masse.body().contains("6 parts attribuées, l'enveloppe ne peut descendre sous 6"), masse.body());

        String fichier = "annee_scolaire;uai;parts_pacte;imp_taux_base\n" + ANNEE + ";0380002W;1;0\n" + ANNEE + ";" + UAI + ";3;6\n";
        HttpResponse<String> import_ = rectorat.post("/api/imports/dotations", "text/csv", fichier.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, import_.statusCode(), import_.body());
        JsonObject erreur = Json.objet(import_.body()).getJsonArray("erreurs").getJsonObject(0);
        assertEquals(3, erreur.getInt("ligne"), import_.body());
        assertTrue(erreur.getString("regle").contains("6 parts attribuées"), import_.body());

        // a ceiling of 2 parts: the formula gives 0380001V less than its 6 attributed parts whatever the headcounts
        // other classes add to it (a proportional share alone grew above 6 once ExportConsolidationIT's 400 personnels
        // were assigned there)
        HttpResponse<String> formule = rectorat.postJson("/api/repartitions/" + ANNEE + "/formule",
                "{\"type\": \"PROPORTIONNELLE\", \"poidsRep\": 1.2, \"poidsRepPlus\": 1.5, \"poidsLp\": 1.3,"
                        + " \"plafondParts\": 2, \"motif\": \"Formule\"}");
        assertEquals(422, formule.statusCode(), formule.body());
        assertTrue(formule.body().contains("attribué"), formule.body());

        assertEquals("20.0", BaseDeTest.valeur("SELECT parts FROM dotation.enveloppe WHERE annee_scolaire = '" + ANNEE
                + "' AND uai = '" + UAI + "'"), "nothing written");
        HttpResponse<String> exact = rectorat.put("/api/dotations/" + ANNEE + "/" + UAI,
                "{\"parts\": 6, \"imp\": 6, \"version\": " + version + ", \"motif\": \"Au plus juste\"}");
        assertEquals(200, exact.statusCode(), exact.body());
    }

    /** (c) PostgreSQL refuses it too: the server's own role (DML only) cannot lower the envelope by hand. */
    @Test
    void theDatabaseRefusesAnEnvelopeBelowItsAttributions() throws SQLException {
        Http chef = http().basic("chef.0380001v", "test");
        imp(chef, SUIVI, "TST0000000002", "IMP-REF-CULTURE", "002");
        try (Connection c = BaseDeTest.dataSourceServeur().getConnection(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE dotation.enveloppe SET imp = 0"
                    + " WHERE annee_scolaire = '" + SUIVI + "' AND uai = '" + UAI + "'"));
            assertTrue(e.getMessage().contains("enveloppe_imp_attribues"), e.getMessage());
        }
    }

    /** (d) The envelope's consumption follows the attributions: created, cancelled, hours redeployed. */
    @Test
    void theConsumptionColumnsFollowTheAttributions() {
        Http chef = http().basic("chef.0380001v", "test");
        long rcd = cree(chef.postJson("/api/attributions", EnveloppesSuivi.pacte(SUIVI, UAI, "TST0000000001", "P2-RCD", "1", "18")));
        long options = cree(chef.postJson("/api/attributions", EnveloppesSuivi.pacte(SUIVI, UAI, "TST0000000001", "P2-DEVOIRS-FAITS", "1", "24")));
        long imp = imp(chef, SUIVI, "TST0000000001", "IMP-COORD-DISCIPLINE", "001");
        assertEquals(somme(), consommation());
        ok(chef.postJson("/api/attributions/" + imp + "/annulation", "{}"));
        assertEquals(somme(), consommation());
        HttpResponse<String> r = chef.postJson("/api/suivi/attributions/" + rcd + "/redeploiement",
                "{\"cible\": " + options + ", \"heures\": 2, \"motif\": \"Moins de remplacements\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(somme(), consommation());
    }

    private static String consommation() {
        return BaseDeTest.valeur("SELECT parts_attribuees || ' ' || imp_attribues || ' ' || decharge_attribuee"
                + " FROM dotation.enveloppe WHERE annee_scolaire = '" + SUIVI + "' AND uai = '" + UAI + "'");
    }

    private static String somme() {
        return BaseDeTest.valeur("""
                SELECT coalesce(sum(parts), 0)::numeric(10,1) || ' '
                       || coalesce(sum(unites_imp) FILTER (WHERE modalite <> 'DECHARGE'), 0)::numeric(10,2) || ' '
                       || coalesce(sum(unites_imp) FILTER (WHERE modalite = 'DECHARGE'), 0)::numeric(10,2)
                  FROM mission.attribution WHERE annee_scolaire = '%s' AND uai = '%s' AND NOT annulee""".formatted(SUIVI, UAI));
    }

    private static long imp(Http chef, String annee, String identifiant, String mission, String taux) {
        int debut = Integer.parseInt(annee.substring(0, 4));
        return cree(chef.postJson("/api/attributions", "{\"annee\": \"" + annee + "\", \"uai\": \"" + UAI
                + "\", \"identifiant\": \"" + identifiant + "\", \"dispositif\": \"IMP\", \"codeMission\": \"" + mission
                + "\", \"tauxImp\": \"" + taux + "\", \"dateDebut\": \"" + debut + "-09-01\", \"dateFin\": \""
                + (debut + 1) + "-06-30\", \"modalite\": \"ANNUELLE\"}"));
    }

    private static long demande(Http chef, String annee, String quantite) {
        HttpResponse<String> r = chef.postJson("/api/demandes", "{\"annee\": \"" + annee + "\", \"nature\": \"CONVERSION_DECHARGE\","
                + " \"quantite\": " + quantite + ", \"justification\": \"Coordination du réseau\", \"deposer\": true}");
        assertEquals(201, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }

    private static long cree(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }

    private static void ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
    }
}
