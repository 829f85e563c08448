package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Premier degré (issue 15, point 4): « les IEN pour les écoles de leur circonscription » review the écoles'
 * requests as the DASEN does for the établissements. Département 084 and campaign 2137-2138 are this class's own;
 * its écoles and collège come through the établissements import with its optional circonscription column.
 */
class CirconscriptionIT extends PacteIT {

    private static final String ANNEE = "2137-2138";
    static final String ECOLE_A = "0849001C";
    static final String ECOLE_B = "0849002D";
    static final String COLLEGE = "0849003E";
    private static final String ENTETE = "uai;nature;denomination_principale;denomination_complementaire;departement;"
            + "commune;secteur;education_prioritaire;circonscription";

    @BeforeAll
    static void preparer() throws SQLException {
        JournalIT.sql("INSERT INTO referentiel.departement (code, libelle) VALUES ('084', 'Vaucluse') ON CONFLICT DO NOTHING");
        JournalIT.sql("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES"
                + " ('" + ANNEE + "', '2137-09-01', '2138-08-31', 'PREPARATION') ON CONFLICT DO NOTHING");
        String csv = ENTETE + "\r\n"
                + ECOLE_A + ";ECOLE;École des Lavandes;;084;Apt;PU;;084AP1\r\n"
                + ECOLE_B + ";ECOLE;École du Ventoux;;084;Carpentras;PU;;084CA2\r\n"
                + COLLEGE + ";CLG;Collège Giono;;084;Apt;PU;;\r\n";
        HttpResponse<String> r = http().basic("rectorat", "test").post("/api/imports/etablissements", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        JournalIT.sql("INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche,"
                + " circonscription_code) SELECT l, mot_de_passe, r, d, u, n, c FROM securite.compte,"
                + " (VALUES ('ien.084ap1', 'IEN', NULL, NULL, 'IEN d''Apt', '084AP1'),"
                + " ('dasen.084', 'DASEN', '084', NULL, 'DASEN du Vaucluse', NULL),"
                + " ('chef.0849001c', 'CHEF_ETABLISSEMENT', NULL, '" + ECOLE_A + "', 'Directrice de l''école des Lavandes', NULL),"
                + " ('chef.0849003e', 'CHEF_ETABLISSEMENT', NULL, '" + COLLEGE + "', 'Principal du collège Giono', NULL))"
                + " AS v(l, r, d, u, n, c) WHERE login = 'rectorat' ON CONFLICT DO NOTHING");
        Http rectorat = http().basic("rectorat", "test");
        JournalIT.ok(rectorat.put("/api/allocations/" + ANNEE,
                "{\"PREMIER_DEGRE\": 20, \"SECOND_DEGRE\": 20, \"VOIE_PRO\": 0, \"IMP\": 10}"));
        JournalIT.ok(rectorat.put("/api/reserves/" + ANNEE + "/084", "{\"partsPremierDegre\": 5, \"partsSecondDegre\": 5}"));
        JournalIT.ok(rectorat.postJson("/api/dotations/" + ANNEE + "/publication", "{}"));
    }

    @Test
    void import_avec_la_colonne_circonscription_et_ancien_format_toujours_valide() {
        Http rectorat = http().basic("rectorat", "test");
        JsonObject ecole = Json.objet(rectorat.get("/api/etablissements/" + ECOLE_A).body());
        assertEquals("084AP1", ecole.getString("circonscription"));
        JsonObject college = Json.objet(rectorat.get("/api/etablissements/" + COLLEGE).body());
        assertTrue(!college.containsKey("circonscription") || college.isNull("circonscription"), college.toString());
        // a file without the column (the former format) is accepted and leaves the circonscription as it was
        String ancien = ENTETE.substring(0, ENTETE.lastIndexOf(';')) + "\r\n"
                + ECOLE_A + ";ECOLE;École des Lavandes;;084;Apt;PU;\r\n";
        HttpResponse<String> r = rectorat.post("/api/imports/etablissements", "text/csv", ancien.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("084AP1", Json.objet(rectorat.get("/api/etablissements/" + ECOLE_A).body()).getString("circonscription"));
        // only écoles belong to a circonscription
        String fichier = ENTETE + "\r\n" + COLLEGE + ";CLG;Collège Giono;;084;Apt;PU;;084AP1\r\n";
        HttpResponse<String> refus = rectorat.post("/api/imports/etablissements", "text/csv", fichier.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refus.statusCode(), refus.body());
        assertTrue(refus.body().contains("seules les écoles relèvent d'une circonscription"), refus.body());
    }

    @Test
    void ien_voit_seulement_les_ecoles_de_sa_circonscription() {
        Http ien = http().basic("ien.084ap1", "test");
        assertEquals(200, ien.get("/api/etablissements/" + ECOLE_A).statusCode());
        assertEquals(403, ien.get("/api/etablissements/" + ECOLE_B).statusCode(), "école d'une autre circonscription");
        assertEquals(403, ien.get("/api/etablissements/" + COLLEGE).statusCode(), "le second degré n'est pas à l'IEN");
        String liste = ien.get("/api/etablissements?taille=100").body();
        assertTrue(liste.contains(ECOLE_A), liste);
        assertFalse(liste.contains(ECOLE_B) || liste.contains(COLLEGE), liste);
        assertEquals(403, ien.get("/api/dotations/" + ANNEE + "/" + ECOLE_B).statusCode());
    }

    @Test
    void ien_decide_la_demande_de_son_ecole_et_le_dasen_la_consulte_sans_la_decider() {
        long id = creer("chef.0849001c");
        Http dasen = http().basic("dasen.084", "test");
        assertEquals(200, dasen.get("/api/demandes/" + id).statusCode(), "le DASEN voit les écoles de son département");
        assertEquals(403, dasen.postJson("/api/demandes/" + id + "/decision", "{\"quantiteAccordee\": 1}").statusCode());
        Http ien = http().basic("ien.084ap1", "test");
        assertTrue(ien.get("/api/demandes?annee=" + ANNEE + "&taille=100").body().contains("\"id\":" + id + ","));
        HttpResponse<String> r = ien.postJson("/api/demandes/" + id + "/decision", "{\"quantiteAccordee\": 1}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("ACCEPTEE", Json.objet(r.body()).getString("etat"));
    }

    @Test
    void ien_ne_peut_pas_decider_la_demande_d_un_college() {
        long id = creer("chef.0849003e");
        Http ien = http().basic("ien.084ap1", "test");
        assertEquals(403, ien.postJson("/api/demandes/" + id + "/decision", "{\"quantiteAccordee\": 1}").statusCode());
        assertEquals(403, ien.get("/api/demandes/" + id).statusCode());
        assertFalse(ien.get("/api/demandes?annee=" + ANNEE + "&taille=100").body().contains("\"id\":" + id + ","));
        HttpResponse<String> r = http().basic("dasen.084", "test").postJson("/api/demandes/" + id + "/decision",
                "{\"quantiteAccordee\": 1}");
        assertEquals(200, r.statusCode(), "le DASEN garde le second degré : " + r.body());
    }

    private static long creer(String chef) {
        HttpResponse<String> r = http().basic(chef, "test").postJson("/api/demandes",
                "{\"annee\": \"" + ANNEE + "\", \"nature\": \"PARTS_SUPPLEMENTAIRES\", \"quantite\": 1,"
                        + " \"justification\": \"Projet de circonscription\", \"deposer\": true}");
        assertEquals(201, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }
}
