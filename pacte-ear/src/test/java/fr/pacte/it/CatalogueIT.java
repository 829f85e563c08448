package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue per campaign (issue 15, point 2), on département 086 and campaigns 2161-2162 and 2162-2163 (reserved
 * to this class). Seed 002: « Les missions sont présentées à titre indicatif et non exhaustif. Leur contenu peut être
 * adapté en fonction des besoins locaux. »
 */
class CatalogueIT extends PacteIT {

    private static final String N = "2161-2162";
    private static final String N1 = "2162-2163";
    private static final String ORMES = "0861001W";
    private static final String TILLEULS = "0861002X";
    private static final String CHEF = "chef.0861001w";
    private static final String HASH = "$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO";

    @BeforeAll
    static void donnees() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO referentiel.departement (code, libelle) VALUES ('086', 'Vienne') ON CONFLICT DO NOTHING;
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire,
                           departement_code, commune, secteur, education_prioritaire, recherche) VALUES
                     ('0861001W', 'CLG', 'Collège des Ormes', '', '086', 'Poitiers', 'PU', '', 'college des ormes poitiers 0861001w'),
                     ('0861002X', 'CLG', 'Collège des Tilleuls', '', '086', 'Châtellerault', 'PU', '', 'college des tilleuls 0861002x');
                    INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps,
                           discipline, uai_affectation, recherche) VALUES
                     ('CAT0000000001', 'Mme', 'Aubineau', 'Claire', 'F', '1982-03-12', 'CERTIFIE', 'Lettres modernes', '0861001W', 'aubineau claire cat0000000001'),
                     ('CAT0000000002', 'M.', 'Brisset', 'Yann', 'M', '1977-11-02', 'CERTIFIE', 'Mathématiques', '0861001W', 'brisset yann cat0000000002'),
                     ('CAT0000000003', 'M.', 'Cottet', 'Rémi', 'M', '1986-06-30', 'AGREGE', 'Anglais', '0861001W', 'cottet remi cat0000000003');
                    INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche, identifiant) VALUES
                     ('chef.0861001w', '%1$s', 'CHEF_ETABLISSEMENT', NULL, '0861001W', 'Principal du collège des Ormes', NULL),
                     ('chef.0861002x', '%1$s', 'CHEF_ETABLISSEMENT', NULL, '0861002X', 'Principale du collège des Tilleuls', NULL);
                    INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES
                     ('2161-2162', '2161-09-01', '2162-08-31', 'PREPARATION'),
                     ('2162-2163', '2162-09-01', '2163-08-31', 'PREPARATION');
                    INSERT INTO mission.volontaire (annee_scolaire, uai, identifiant, declare_le, declare_par)
                    SELECT a, '0861001W', i, now(), 'chef.0861001w'
                      FROM unnest(ARRAY['2161-2162', '2162-2163']) a,
                           unnest(ARRAY['CAT0000000001', 'CAT0000000002', 'CAT0000000003']) i;
                    """.formatted(HASH));
        }
        Http rectorat = rectorat();
        for (String annee : List.of(N, N1)) {
            LettresDeTest.ok(rectorat.put("/api/allocations/" + annee,
                    "{\"PREMIER_DEGRE\": 10, \"SECOND_DEGRE\": 100, \"VOIE_PRO\": 50, \"IMP\": 20}"));
            LettresDeTest.ok(rectorat.put("/api/dotations/" + annee + "/" + ORMES, "{\"parts\": 10, \"imp\": 4, \"version\": 0}"));
            LettresDeTest.ok(rectorat.postJson("/api/dotations/" + annee + "/publication", "{}"));
        }
    }

    @Test
    void les_missions_presentees_a_titre_indicatif_et_non_exhaustif_une_mission_locale_ajoutee_pour_2162_est_attribuable() {
        HttpResponse<String> r = rectorat().postJson("/api/referentiel/catalogue?annee=" + N1, mission("LOC-CAT-ATELIER",
                "Atelier d'écriture au collège", "LOCALE"));
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("LOCALE", Json.objet(r.body()).getString("origine"));
        assertEquals(422, rectorat().postJson("/api/referentiel/catalogue?annee=" + N1,
                mission("LOC-CAT-ATELIER", "Doublon", "LOCALE")).statusCode());
        assertEquals(403, chef().postJson("/api/referentiel/catalogue?annee=" + N1,
                mission("LOC-CAT-AUTRE", "Par un chef", "LOCALE")).statusCode());

        assertFalse(libelles(N).contains("Atelier d'écriture au collège"));
        assertTrue(libelles(N1).contains("Atelier d'écriture au collège"));
        attribuer(N1, "CAT0000000003", "LOC-CAT-ATELIER", 201);
        // a mission not valid for the year is refused, naming the campaign's catalogue
        HttpResponse<String> refus = attribuer(N, "CAT0000000003", "LOC-CAT-ATELIER", 422);
        assertTrue(refus.body().contains("la mission LOC-CAT-ATELIER n'est pas au catalogue 2161-2162"), refus.body());
    }

    @Test
    void leur_contenu_peut_etre_adapte_un_libelle_renomme_en_N_plus_1_laisse_la_lettre_et_la_consolidation_de_N() {
        assertEquals(201, rectorat().postJson("/api/referentiel/catalogue?annee=" + N,
                mission("ACA-CAT-CHORALE", "Chorale académique", "ACADEMIQUE")).statusCode());
        attribuer(N, "CAT0000000001", "ACA-CAT-CHORALE", 201);
        HttpResponse<String> r = rectorat().put("/api/referentiel/catalogue/ACA-CAT-CHORALE?annee=" + N1,
                "{\"libelle\": \"Chorale et orchestre académiques\", \"contenu\": \"Répétitions hebdomadaires\"}");
        assertEquals(200, r.statusCode(), r.body());

        assertTrue(libelles(N).contains("Chorale académique"));
        assertTrue(libelles(N1).contains("Chorale et orchestre académiques"));
        assertFalse(libelles(N).contains("Chorale et orchestre académiques"));
        String lettre = lettre(N, "CAT0000000001");
        assertTrue(lettre.contains("« Chorale académique »"), lettre);
        assertFalse(lettre.contains("orchestre"), lettre);
        HttpResponse<String> conso = rectorat().get("/api/consolidation?annee=" + N + "&mission=ACA-CAT-CHORALE");
        assertEquals(200, conso.statusCode(), conso.body());
        assertTrue(conso.body().contains("Chorale académique") && !conso.body().contains("orchestre"), conso.body());
    }

    @Test
    void leur_contenu_peut_etre_adapte_par_le_chef_et_la_lettre_imprime_le_texte_adapte() {
        String chemin = "/api/referentiel/catalogue/P2-DEVOIRS-FAITS/adaptations/" + ORMES + "?annee=" + N;
        String corps = "{\"libelle\": \"Devoirs faits aux Ormes\", \"contenu\": \"le mardi et le jeudi en salle B12\"}";
        assertEquals(403, http().basic("chef.0861002x", "test").put(chemin, corps).statusCode());
        assertEquals(403, rectorat().put(chemin, corps).statusCode());
        HttpResponse<String> r = chef().put(chemin, corps);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("Devoirs faits aux Ormes", Json.objet(r.body()).getString("libelleAdapte"));

        attribuer(N, "CAT0000000002", "P2-DEVOIRS-FAITS", 201);
        String lettre = lettre(N, "CAT0000000002");
        assertTrue(lettre.contains("« Devoirs faits aux Ormes : le mardi et le jeudi en salle B12 »"), lettre);
        // the other établissement and the catalogue itself keep the national wording
        HttpResponse<String> autre = http().basic("chef.0861002x", "test").get("/api/referentiel/catalogue?annee=" + N);
        assertEquals(200, autre.statusCode(), autre.body());
        assertFalse(autre.body().contains("Devoirs faits aux Ormes"), autre.body());
        assertEquals(403, http().basic("chef.0861002x", "test")
                .get("/api/referentiel/catalogue?annee=" + N + "&uai=" + ORMES).statusCode());
    }

    private static List<String> libelles(String annee) {
        HttpResponse<String> r = rectorat().get("/api/referentiel/catalogue?annee=" + annee);
        assertEquals(200, r.statusCode(), r.body());
        return Json.structure(r.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("libelle")).toList();
    }

    private static String mission(String code, String libelle, String origine) {
        return "{\"code\": \"" + code + "\", \"dispositif\": \"PACTE\", \"voie\": \"SECOND_DEGRE\", \"libelle\": \""
                + libelle + "\", \"quantumHeures\": 24, \"forfaitaire\": false, \"bilanRemisA\": \"chef d'établissement\","
                + " \"origine\": \"" + origine + "\"}";
    }

    private static HttpResponse<String> attribuer(String annee, String identifiant, String code, int attendu) {
        int debut = Integer.parseInt(annee.substring(0, 4));
        HttpResponse<String> r = chef().postJson("/api/attributions", "{\"annee\": \"" + annee + "\", \"uai\": \"" + ORMES
                + "\", \"identifiant\": \"" + identifiant + "\", \"dispositif\": \"PACTE\", \"codeMission\": \"" + code
                + "\", \"parts\": 1, \"heures\": 24, \"dateDebut\": \"" + debut + "-09-01\", \"dateFin\": \"" + (debut + 1)
                + "-06-30\", \"modalite\": \"ANNUELLE\"}");
        assertEquals(attendu, r.statusCode(), r.body());
        return r;
    }

    private static String lettre(String annee, String identifiant) {
        HttpResponse<byte[]> r = chef().getBytes("/api/lettres/" + annee + "/" + ORMES + "/" + identifiant + "/pdf");
        assertEquals(200, r.statusCode());
        return LettresDeTest.texte(r.body());
    }

    private static Http rectorat() {
        return http().basic("rectorat", "test");
    }

    private static Http chef() {
        return http().basic(CHEF, "test");
    }
}
