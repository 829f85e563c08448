package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The same bad attribution sent to the API (what the répartition page calls) and as a one-line import gives the
 * same refusals, field by field and word for word; nothing is written. Campaign 2052-2053 (reserved to this class),
 * lycée polyvalent Champollion (0387003F): 2 parts, 1 IMP.
 */
class ImportEcranIT extends PacteIT {

    private static final String ANNEE = "2052-2053";
    private static final String UAI = "0387003F";
    private static final String ENTETE = "annee_scolaire;uai;identifiant;dispositif;code_mission;parts;taux_imp;heures;date_debut;date_fin;modalite\n";
    private static final DateTimeFormatter FRANCAIS = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @BeforeAll
    static void publier() {
        EnveloppesSuivi.publier(ANNEE, UAI, 2, 1);
    }

    @AfterAll
    static void rienNEstEcrit() {
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM mission.attribution WHERE annee_scolaire = '" + ANNEE + "'"));
    }

    @ParameterizedTest(name = "{9}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
        "SUI0000000006|PACTE|P2-INCONNUE|1||||||mission inconnue",
        "SUI0000000006|PACTE|P1-INNOVATION|1||||||mission du premier degré dans un lycée",
        "SUI0000000006|PACTE|P2-DEVOIRS-FAITS|1||20||||heures hors quantum",
        "SUI0000000006|PACTE|P2-INNOVATION|1||10||||heures sur un forfait",
        "SUI0000000006|PACTE|P2-INNOVATION|0.5||||||demi-part non autorisée",
        "SUI0000000006|PACTE|P2-INNOVATION|3||||||enveloppe de parts dépassée",
        "SUI0000000007|PACTE|LP-TUTORAT|7||||||plafond personnel et enveloppe",
        "SUI0000000006|PACTE|P2-RCD|1||18|2052-08-01|||dates hors de l'année scolaire",
        "SUI0000000006|PACTE|P2-RCD|1||18|2053-03-01|2052-10-01||fin avant début",
        "SUI0000000003|PACTE|P2-RCD|1||18||||personnel d'un autre établissement",
        "SUI0000000006|PACTE|P2-INNOVATION|1|||||PONCTUELLE|Pacte ponctuel",
        "SUI0000000006|IMP|IMP-REF-CULTURE|1|002|||||parts sur une IMP",
        "SUI0000000006|IMP|IMP-REF-CULTURE||009|||||taux inconnu",
        "SUI0000000006|IMP|IMP-REF-CULTURE||004|||||enveloppe IMP dépassée",
        "SUI0000000006|IMP|IMP-MISSION-ACADEMIQUE||003||||DECHARGE|mission académique en décharge",
        "SUI0000000006|IMP|P2-RCD||003|||||dispositif qui ne va pas avec la mission",
        "SUI0000000006|PACTE|P2-INNOVATION|1E999999999||||||parts hors bornes, refusées avant tout calcul"})
    void theApiAndTheImportGiveTheSameRefusals(String identifiant, String dispositif, String mission, String parts,
                                               String taux, String heures, String debut, String fin, String modalite,
                                               String cas) {
        LocalDate du = debut == null ? LocalDate.of(2052, 9, 1) : LocalDate.parse(debut);
        LocalDate au = fin == null ? LocalDate.of(2053, 6, 30) : LocalDate.parse(fin);
        String mod = modalite == null ? "ANNUELLE" : modalite;
        Http rectorat = http().basic("rectorat", "test");

        HttpResponse<String> api = rectorat.postJson("/api/attributions", "{\"annee\": \"" + ANNEE + "\", \"uai\": \"" + UAI
                + "\", \"identifiant\": \"" + identifiant + "\", \"dispositif\": \"" + dispositif + "\", \"codeMission\": \""
                + mission + "\", \"parts\": " + parts + ", \"tauxImp\": " + (taux == null ? null : "\"" + taux + "\"")
                + ", \"heures\": " + heures + ", \"dateDebut\": \"" + du + "\", \"dateFin\": \"" + au
                + "\", \"modalite\": \"" + mod + "\"}");
        assertEquals(422, api.statusCode(), api.body());
        List<String> refusApi = Json.objet(api.body()).getJsonArray("erreurs").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("champ") + " : " + e.getString("regle")).toList();

        String ligne = String.join(";", ANNEE, UAI, identifiant, dispositif, mission, vide(parts).replace('.', ','),
                vide(taux), vide(heures), du.format(FRANCAIS), au.format(FRANCAIS), mod);
        HttpResponse<String> fichier = rectorat.post("/api/imports/attributions", "text/csv",
                (ENTETE + ligne + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(422, fichier.statusCode(), fichier.body());
        List<JsonObject> erreurs = Json.objet(fichier.body()).getJsonArray("erreurs").getValuesAs(JsonObject.class);
        erreurs.forEach(e -> assertEquals(2, e.getInt("ligne"), fichier.body()));
        List<String> refusImport = erreurs.stream().map(e -> e.getString("colonne") + " : " + e.getString("regle")).toList();

        assertFalse(refusApi.isEmpty());
        assertEquals(refusApi, refusImport, cas);
    }

    private static String vide(String s) {
        return s == null ? "" : s;
    }
}
