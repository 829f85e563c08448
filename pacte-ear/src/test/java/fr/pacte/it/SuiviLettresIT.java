package fr.pacte.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static fr.pacte.it.DonneesSuiviLettres.AUBERT;
import static fr.pacte.it.DonneesSuiviLettres.BONNET;
import static fr.pacte.it.DonneesSuiviLettres.COLIN;
import static fr.pacte.it.DonneesSuiviLettres.COLLEGE_A;
import static fr.pacte.it.DonneesSuiviLettres.COLLEGE_B;
import static fr.pacte.it.DonneesSuiviLettres.chef;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, point 6: the follow-up of the letters against date_limite_lettres (« à la rentrée scolaire ou au plus tard
 * début octobre : signature d'une lettre de mission », seed 002), its scopes, the reminders, and the notifications
 * announced by the modules. Campaign 2173-2174, département 087 (donnees-suivi-lettres-087.sql): Aubert's letter
 * signed (waits for her acceptance), Bonnet's and Colin's not signed.
 */
class SuiviLettresIT extends PacteIT {

    private static final String ANNEE = "2173-2174";

    @BeforeAll
    static void preparer() {
        DonneesSuiviLettres.charger();
        EnveloppesSuivi.publier(ANNEE, COLLEGE_A, 6, 0, COLLEGE_B, 4, 0);
        DonneesSuiviLettres.attribuer(ANNEE, COLLEGE_A, AUBERT, "P2-INNOVATION");
        DonneesSuiviLettres.attribuer(ANNEE, COLLEGE_A, BONNET, "P2-BESOINS-PARTICULIERS");
        DonneesSuiviLettres.attribuer(ANNEE, COLLEGE_B, COLIN, "P2-INNOVATION");
        EnveloppesSuivi.ok(chef(COLLEGE_A).postJson("/api/lettres/" + ANNEE + "/" + COLLEGE_A + "/" + AUBERT + "/signature", "{}"));
    }

    @Test
    void laPublicationDesEnveloppesEstNotifieeAuChef() {
        assertTrue(messages(chef(COLLEGE_B)).contains("Votre enveloppe " + ANNEE + " est publiée par le rectorat"),
                messages(chef(COLLEGE_B)));
    }

    @Test
    void uneLettreASignerEstNotifieeAuChefEtUneLettreAAccepterALAgent() {
        String chef = messages(chef(COLLEGE_A));
        assertTrue(chef.contains("La lettre de mission " + ANNEE + " de " + BONNET + " attend votre signature."), chef);
        // the same chef gets the letters of the other campaigns other classes open with these people: count this one's
        assertEquals(1, chef.split("La lettre de mission " + ANNEE + " de " + BONNET + " attend votre signature", -1).length - 1,
                "announced once: " + chef);
        String agent = messages(http().basic("personnel.slt01", "test"));
        assertTrue(agent.contains("La lettre de mission " + ANNEE + " (" + COLLEGE_A
                + ") est signée par le chef d'établissement : elle attend votre acceptation."), agent);
        assertEquals(0, Json.objet(http().basic("personnel.slt02", "test").get("/api/notifications/non-lues").body())
                .getJsonNumber("nonLues").intValue(), "Bonnet's letter is not signed yet");
    }

    @Test
    void au_plus_tard_debut_octobre_leTableauCompteParDepartementEtParEtablissement() {
        JsonObject t = tableau(http().basic("rectorat", "test"), "?departement=087");
        assertEquals(ANNEE.substring(0, 4) + "-10-10", t.getString("dateLimite"), "seed 002 default: 10 October");
        JsonObject dep = t.getJsonArray("departements").getJsonObject(0);
        assertEquals("087", dep.getString("departement"));
        assertEquals(3, dep.getInt("lettres"));
        assertEquals(2, dep.getInt("nonSignees"));
        assertEquals(1, dep.getInt("nonAcceptees"));
        JsonArray etabs = t.getJsonArray("etablissements");
        assertEquals(2, etabs.size());
        assertEquals(COLLEGE_A, etabs.getJsonObject(0).getString("uai"));
        assertEquals(1, etabs.getJsonObject(0).getInt("nonSignees"));
        assertEquals(1, etabs.getJsonObject(0).getInt("nonAcceptees"));
        assertEquals(3, t.getJsonArray("enSouffrance").size());
        assertEquals("SIGNEE", t.getJsonArray("enSouffrance").getJsonObject(0).getString("etat"), "Aubert first (by name)");
    }

    @Test
    void chacunVoitSonPerimetre() {
        assertEquals(3, tableau(http().basic("dasen.087", "test"), "").getJsonArray("enSouffrance").size());
        assertEquals(0, tableau(http().basic("dasen.038", "test"), "").getJsonArray("enSouffrance").size());
        assertEquals(403, http().basic("dasen.038", "test").get("/api/suivi-lettres/" + ANNEE + "?departement=087").statusCode());
        JsonObject chefB = tableau(chef(COLLEGE_B), "");
        assertEquals(1, chefB.getJsonArray("etablissements").size());
        assertEquals(COLIN, chefB.getJsonArray("enSouffrance").getJsonObject(0).getString("identifiant"));
        assertEquals(403, chef(COLLEGE_B).get("/api/suivi-lettres/" + ANNEE + "?uai=" + COLLEGE_A).statusCode());
        assertEquals(403, http().basic("personnel.slt01", "test").get("/api/suivi-lettres/" + ANNEE).statusCode());
    }

    @Test
    void relancerNotifieLesChefsEtLesAgentsEtSeJournalise() {
        HttpResponse<String> r = http().basic("rectorat", "test").postJson("/api/suivi-lettres/" + ANNEE + "/relances",
                "{\"departement\": \"087\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(2, Json.objet(r.body()).getInt("chefs"));
        assertEquals(1, Json.objet(r.body()).getInt("agents"));
        String chefA = messages(chef(COLLEGE_A));
        assertTrue(chefA.contains("Rappel : 1 lettre(s) de mission " + ANNEE + " restent à signer, au plus tard le 10/10/2173."), chefA);
        String agent = messages(http().basic("personnel.slt01", "test"));
        assertTrue(agent.contains("Rappel : votre lettre de mission " + ANNEE + " (" + COLLEGE_A + ") attend votre acceptation"), agent);
        assertEquals("1", BaseDeTest.valeur("SELECT count(*) FROM securite.journal WHERE action = 'LETTRES_RELANCEES'"
                + " AND annee_scolaire = '" + ANNEE + "' AND departement_code = '087'"));
        assertEquals(403, http().basic("analyste", "test").postJson("/api/suivi-lettres/" + ANNEE + "/relances", "{}").statusCode());
    }

    @Test
    void unAvenantOuvertEstNotifieAuChefEtALAgent() {
        String annee = "2176-2177";
        EnveloppesSuivi.publier(annee, COLLEGE_B, 4, 0);
        DonneesSuiviLettres.attribuer(annee, COLLEGE_B, COLIN, "P2-INNOVATION");
        EnveloppesSuivi.ok(chef(COLLEGE_B).postJson("/api/lettres/" + annee + "/" + COLLEGE_B + "/" + COLIN + "/signature", "{}"));
        DonneesSuiviLettres.attribuer(annee, COLLEGE_B, COLIN, "P2-BESOINS-PARTICULIERS");
        String chef = messages(chef(COLLEGE_B));
        assertTrue(chef.contains("L'avenant n° 1 à la lettre de mission " + annee + " de " + COLIN + " attend votre signature."), chef);
        assertTrue(BaseDeTest.valeur("SELECT string_agg(message, ' | ') FROM demande.notification WHERE identifiant = '" + COLIN + "'")
                .contains("L'avenant n° 1 à la lettre de mission " + annee + " (" + COLLEGE_B + ") est ouvert"));
    }

    @Test
    void laPageDeSuiviMontreLesLettresEnAttente() {
        HttpResponse<String> r = http().connexion("chef.0870001d", "test").get("/suivi-lettres.xhtml?annee=" + ANNEE);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Bonnet Hugo (" + BONNET + ")"), r.body());
        assertTrue(r.body().contains("nombre-non-signees"), r.body());
        assertTrue(r.body().contains("Relancer"), r.body());
    }

    private static JsonObject tableau(Http qui, String filtre) {
        HttpResponse<String> r = qui.get("/api/suivi-lettres/" + ANNEE + filtre);
        assertEquals(200, r.statusCode(), r.body());
        return Json.objet(r.body());
    }

    private static String messages(Http qui) {
        HttpResponse<String> r = qui.get("/api/notifications");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
