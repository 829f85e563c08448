package fr.pacte.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exploration over the API: the same pivot and secret as the screen, CSV with the masked cells as "s", a question
 * the warehouse cannot answer refused naming the field, and no access for a chef d'établissement.
 */
class ExplorationApiIT extends PacteIT {

    private static final String N = "2056-2057";
    private static final String CORPS_SEXE = "/api/entrepot/exploration/" + N
            + "?lignes=CORPS&colonnes=SEXE&mesure=BENEFICIAIRES&population=AUTRES";

    @BeforeAll
    static void charger() {
        Entrepot.chargerJusquAuBout(EntrepotIT.ANALYSTE, List.of(N));
    }

    @Test
    void thePivotAndItsCsvMaskTheSameCells() {
        HttpResponse<String> r = http().basic(EntrepotIT.ANALYSTE, "test").get(CORPS_SEXE);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject pivot = Json.objet(r.body());
        int psy = pivot.getJsonArray("libellesLignes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList().indexOf("Psychologues de l'EN");
        assertTrue(psy >= 0, r.body());
        JsonArray ligne = pivot.getJsonArray("cellules").getJsonArray(psy);
        long masquees = ligne.stream().filter(c -> c.asJsonObject().getBoolean("masquee")).count();
        assertTrue(masquees >= 1, "deux psychologues : leur ligne est masquée " + ligne);
        assertTrue(ligne.stream().filter(c -> c.asJsonObject().getBoolean("masquee"))
                .allMatch(c -> !c.asJsonObject().containsKey("valeur") || c.asJsonObject().isNull("valeur")),
                "une case masquée ne porte pas sa valeur");

        HttpResponse<byte[]> csv = http().basic(EntrepotIT.ANALYSTE, "test").getBytes(CORPS_SEXE.replace("?", "/csv?"));
        assertEquals(200, csv.statusCode());
        String texte = new String(csv.body(), StandardCharsets.UTF_8);
        String psychologues = texte.lines().filter(l -> l.startsWith("Psychologues de l'EN;")).findFirst().orElseThrow();
        assertEquals(masquees, java.util.Arrays.stream(psychologues.split(";")).filter("s"::equals).count(),
                "les mêmes cases masquées dans le CSV : " + psychologues);
        assertTrue(BaseDeTest.valeur("SELECT count(*) FROM entrepot.edition WHERE format = 'CSV' AND filtres LIKE"
                + " 'exploration : BENEFICIAIRES selon CORPS%'").compareTo("1") >= 0, "export journalisé");
    }

    @Test
    void anUnknownDimensionOrAMissionDimensionForStaffIsRefusedNamingTheField() {
        HttpResponse<String> inconnue = http().basic(EntrepotIT.ANALYSTE, "test")
                .get("/api/entrepot/exploration/" + N + "?lignes=CORPS&colonnes=COULEUR&mesure=EFFECTIF");
        assertEquals(422, inconnue.statusCode(), inconnue.body());
        assertEquals("colonnes", Json.objet(inconnue.body()).getString("champ"));
        HttpResponse<String> mission = http().basic(EntrepotIT.ANALYSTE, "test")
                .get("/api/entrepot/exploration/" + N + "?lignes=CORPS&colonnes=DISPOSITIF&mesure=EFFECTIF");
        assertEquals(422, mission.statusCode(), mission.body());
        assertTrue(mission.body().contains("décrit une mission"), mission.body());
    }

    @Test
    void aChefDEtablissementHasNoAccess() {
        assertEquals(403, http().basic("chef.0380001v", "test").get(CORPS_SEXE).statusCode());
    }
}
