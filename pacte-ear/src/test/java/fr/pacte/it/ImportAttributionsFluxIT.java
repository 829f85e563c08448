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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attributions file read as a stream (issue 19, point 2): its lines are judged as they are read, so a problem
 * of the file's structure found after them must still refuse it alone and leave nothing written. Campaign 2211-2212
 * is reserved to this class.
 */
class ImportAttributionsFluxIT extends PacteIT {

    private static final String ANNEE = "2211-2212";
    private static final String ENTETE = "annee_scolaire;uai;identifiant;dispositif;code_mission;parts;taux_imp;heures;"
            + "date_debut;date_fin;modalite\n";
    /** Acceptable on its own: one part of LP-RCD within the établissement's envelope and the teacher's cap. */
    private static final String LIGNE = ANNEE + ";0380002W;TST0000000003;PACTE;LP-RCD;1;;18;01/09/2211;30/06/2212;ANNUELLE\n";
    private static final String COMPTE = "SELECT count(*) FROM mission.attribution WHERE annee_scolaire = '" + ANNEE + "'";

    private final Http rectorat = http().basic("rectorat", "test");

    @BeforeAll
    static void campagne() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES ('"
                    + ANNEE + "', '2211-09-01', '2212-08-31', 'PREPARATION') ON CONFLICT DO NOTHING");
            // the file's reading is tested here, not volunteering (ReglesTextesIT)
            s.executeUpdate("UPDATE referentiel.campagne SET volontariat_requis = false WHERE annee_scolaire = '" + ANNEE + "'");
            s.executeUpdate("DELETE FROM mission.attribution WHERE annee_scolaire = '" + ANNEE + "'");
        }
        Http rectorat = http().basic("rectorat", "test");
        ok(rectorat.put("/api/allocations/" + ANNEE, "{\"PREMIER_DEGRE\": 10, \"SECOND_DEGRE\": 10, \"VOIE_PRO\": 10, \"IMP\": 10}"));
        HttpResponse<String> enveloppe = rectorat.get("/api/dotations/" + ANNEE + "/0380002W");
        long version = enveloppe.statusCode() == 200 ? Json.objet(enveloppe.body()).getJsonNumber("version").longValue() : 0;
        ok(rectorat.put("/api/dotations/" + ANNEE + "/0380002W", "{\"parts\": 5, \"imp\": 0, \"version\": " + version + "}"));
        ok(rectorat.postJson("/api/dotations/" + ANNEE + "/publication", "{}"));
    }

    @Test
    void aMalformedLineAfterJudgedOnesRefusesTheFileWithThatErrorAloneAndWritesNothing() {
        // line 3's impossible date is judged as it is read; line 4's structure is known once the file is read
        String fichier = ENTETE + LIGNE
                + ANNEE + ";0380002W;TST0000000003;PACTE;LP-TUTORAT;1;;;31/02/2211;30/06/2212;ANNUELLE\n"
                + ANNEE + ";0380002W;TST0000000003;PACTE;LP-OPTIONS;1;;;01/09/2211;30/06/2212;ANNUELLE;en trop\n";
        HttpResponse<String> refus = importer(fichier);
        assertEquals(422, refus.statusCode(), refus.body());
        List<JsonObject> erreurs = Json.objet(refus.body()).getJsonArray("erreurs").getValuesAs(JsonObject.class);
        assertEquals(1, erreurs.size(), refus.body());
        assertEquals(4, erreurs.get(0).getInt("ligne"));
        assertTrue(erreurs.get(0).getString("regle").startsWith("valeur au-delà de la dernière colonne : en trop"),
                refus.body());
        assertEquals("0", BaseDeTest.valeur(COMPTE), "la ligne 2, lue et jugée avant l'erreur, n'est pas gardée");

        // line 2 alone is accepted: it was refused with its file, not for itself
        HttpResponse<String> accepte = importer(ENTETE + LIGNE);
        assertEquals(200, accepte.statusCode(), accepte.body());
        assertEquals(1, Json.objet(accepte.body()).getInt("crees"));
        assertEquals("1", BaseDeTest.valeur(COMPTE));
    }

    private HttpResponse<String> importer(String fichier) {
        return rectorat.post("/api/imports/attributions", "text/csv", fichier.getBytes(StandardCharsets.UTF_8));
    }

    private static void ok(HttpResponse<String> r) {
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
    }
}
