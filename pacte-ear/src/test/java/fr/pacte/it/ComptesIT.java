package fr.pacte.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, point 3, over the API: the rectorat creates an account with its scope (the answer carries a one-time
 * password), re-scopes it, deactivates it (refused at its next request) and reactivates it, gives a new one-time
 * password (département 090); it creates the chef accounts of the établissements that have none (département 091).
 */
class ComptesIT extends PacteIT {

    private final Http rectorat = http().basic("rectorat", "test");

    @BeforeAll
    static void donnees() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO referentiel.departement (code, libelle) VALUES ('090', 'Territoire de Belfort'),
                     ('091', 'Essonne');
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune,
                           secteur, recherche) VALUES
                     ('0900001P', 'CLG', 'Collège Vauban', '090', 'Belfort', 'PU', 'college vauban belfort'),
                     ('0910001G', 'CLG', 'Collège Blaise-Pascal', '091', 'Massy', 'PU', 'college blaise-pascal massy'),
                     ('0910002H', 'LYC', 'Lycée Parc-des-Loges', '091', 'Évry', 'PU', 'lycee parc-des-loges evry');
                    """);
        }
    }

    @Test
    void unCompteEstCreeAvecSonPerimetreEtUnMotDePasseUniquePuisDesactiveEtReactive() {
        JsonObject cree = objet(201, rectorat.postJson("/api/comptes", "{\"login\": \"dasen.090\", \"role\": \"DASEN\","
                + " \"departement\": \"090\", \"nomAffiche\": \"DASEN du Territoire de Belfort\"}"));
        String motDePasse = cree.getString("motDePasse");
        assertTrue(motDePasse.matches("[a-zA-Z2-9]{8}-[a-zA-Z2-9]{8}"), motDePasse);
        HttpResponse<String> provisoire = http().basic("dasen.090", motDePasse).get("/api/etablissements");
        assertEquals(403, provisoire.statusCode(), "mot de passe provisoire : " + provisoire.body());

        assertEquals(422, rectorat.postJson("/api/comptes", "{\"login\": \"dasen.090\", \"role\": \"DASEN\","
                + " \"departement\": \"090\"}").statusCode(), "identifiant déjà pris");
        JsonObject sansPerimetre = objet(422, rectorat.postJson("/api/comptes", "{\"login\": \"chef.sans\", \"role\":"
                + " \"CHEF_ETABLISSEMENT\"}"));
        assertEquals("uai", sansPerimetre.getString("champ"));
        assertEquals("departement", objet(422, rectorat.postJson("/api/comptes", "{\"login\": \"dasen.999\", \"role\":"
                + " \"DASEN\", \"departement\": \"999\"}")).getString("champ"));

        JsonObject rescope = objet(200, rectorat.put("/api/comptes/dasen.090", "{\"role\": \"CHEF_ETABLISSEMENT\","
                + " \"uai\": \"0900001P\", \"nomAffiche\": \"Principal du collège Vauban\"}"));
        assertEquals("0900001P", rescope.getString("uai"));

        objet(200, rectorat.postJson("/api/comptes/dasen.090/activation", "{\"actif\": false}"));
        JsonObject nouveau = objet(200, rectorat.postJson("/api/comptes/dasen.090/reinitialisation", "{}"));
        assertEquals(401, http().basic("dasen.090", nouveau.getString("motDePasse")).get("/api/etablissements").statusCode(),
                "un compte désactivé est refusé");
        assertEquals(422, rectorat.postJson("/api/comptes/rectorat/activation", "{\"actif\": false}").statusCode(),
                "on ne désactive pas son propre compte");
        JsonObject reactive = objet(200, rectorat.postJson("/api/comptes/dasen.090/activation", "{\"actif\": true}"));
        assertTrue(reactive.getBoolean("actif") && reactive.getBoolean("motDePasseProvisoire"));
        assertEquals(403, http().basic("chef.0380001v", "test").postJson("/api/comptes", "{\"login\": \"x.y.z\","
                + " \"role\": \"ANALYSTE\"}").statusCode(), "rectorat seulement");
    }

    @Test
    void lesComptesDesChefsSontCreesPourLesEtablissementsQuiNEnOntPas() {
        JsonArray crees = Json.structure(rectorat.postJson("/api/comptes/chefs?departement=091", "{}").body()).asJsonArray();
        assertEquals(2, crees.size(), crees.toString());
        assertTrue(crees.getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("login").equals("chef.0910002h")),
                crees.toString());
        assertEquals("1", BaseDeTest.valeur("SELECT count(*) FROM securite.compte WHERE uai = '0910002H'"
                + " AND role = 'CHEF_ETABLISSEMENT' AND mot_de_passe_provisoire"));
        JsonArray encore = Json.structure(rectorat.postJson("/api/comptes/chefs?departement=091", "{}").body()).asJsonArray();
        assertTrue(encore.isEmpty(), "rien n'est créé deux fois : " + encore);
    }

    private static JsonObject objet(int statut, HttpResponse<String> r) {
        assertEquals(statut, r.statusCode(), r.body());
        return Json.objet(r.body());
    }
}
