package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The amount of an attribution is one rule (referentiel.Montants: seeds 001/002, 1 250 € a part; seed 003, the
 * yearly amount of an IMP rate): the payment module, the personnel's payment page and the warehouse give the same
 * euros for the same attributions. Campaign 2061-2062, établissement 0387901X and personnels MON… are this class's own.
 */
class MontantUniqueIT extends PacteIT {

    private static final String ANNEE = "2061-2062";
    private static final String UAI = "0387901X";
    private static final String LEA = "MON0000000001";
    private static final String HUGO = "MON0000000002";
    /** attribution id → the euros the texts give it */
    private static final Map<Long, BigDecimal> ATTENDUS = new TreeMap<>();

    @RegisterExtension
    static final NavigateurDeClasse NAVIGATEUR = new NavigateurDeClasse("montant");

    @BeforeAll
    static void attribuer() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut, volontariat_requis)"
                    + " VALUES ('" + ANNEE + "', '2061-09-01', '2062-08-31', 'PREPARATION', false)");
            s.execute("INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire,"
                    + " departement_code, commune, secteur, education_prioritaire, recherche) VALUES ('" + UAI
                    + "', 'LP', 'Lycée professionnel Hubertine-Auclert', '', '038', 'Grenoble', 'PU', '',"
                    + " 'lycee professionnel hubertine-auclert grenoble 0387901x')");
            s.execute("INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps,"
                    + " discipline, uai_affectation, recherche) VALUES"
                    + " ('" + LEA + "', 'Mme', 'Lemaître', 'Léa', 'F', '1984-05-03', 'PLP', 'Électrotechnique', '" + UAI
                    + "', 'lemaitre lea mon0000000001'),"
                    + " ('" + HUGO + "', 'M.', 'Bœuf', 'Hugo', 'M', '1979-11-21', 'PLP', 'Lettres-histoire', '" + UAI
                    + "', 'boeuf hugo mon0000000002')");
        }
        EnveloppesSuivi.publier(ANNEE, UAI, 6, 3);
        Http rectorat = http().basic("rectorat", "test");
        ATTENDUS.put(cree(rectorat.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, UAI, LEA, "LP-RCD", "1", "18"))),
                new BigDecimal("1250.00"));
        ATTENDUS.put(cree(rectorat.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, UAI, LEA, "LP-OPTIONS", "2", "48"))),
                new BigDecimal("2500.00"));
        ATTENDUS.put(cree(rectorat.postJson("/api/attributions", "{\"annee\": \"" + ANNEE + "\", \"uai\": \"" + UAI
                + "\", \"identifiant\": \"" + HUGO + "\", \"dispositif\": \"IMP\", \"codeMission\": \"IMP-REF-CULTURE\","
                + " \"tauxImp\": \"002\", \"dateDebut\": \"2061-09-01\", \"dateFin\": \"2062-06-30\", \"modalite\": \"ANNUELLE\"}")),
                new BigDecimal("625.00"));
    }

    @Test
    void paymentPageAndWarehouseGiveTheSameAmountForEachAttribution() {
        Map<Long, BigDecimal> paiement = new TreeMap<>();
        for (String identifiant : List.of(LEA, HUGO)) {
            HttpResponse<String> r = http().basic("rectorat", "test").get("/api/paiements/" + ANNEE + "/personnels/" + identifiant);
            assertEquals(200, r.statusCode(), r.body());
            Json.objet(r.body()).getJsonArray("missions").getValuesAs(JsonObject.class).forEach(m ->
                    paiement.put(m.getJsonNumber("attributionId").longValue(), m.getJsonNumber("montantAnnuel").bigDecimalValue()));
        }
        assertEquals(ATTENDUS, paiement, "the payment module");

        long chargement = Entrepot.charger(EntrepotIT.ANALYSTE, List.of(ANNEE), 0);
        Entrepot.attendre(EntrepotIT.ANALYSTE, chargement, Entrepot::fini);
        assertEquals("TERMINE", Entrepot.etat(EntrepotIT.ANALYSTE, chargement).getString("statut"));
        Map<Long, BigDecimal> entrepot = new TreeMap<>();
        for (Long id : ATTENDUS.keySet()) {
            entrepot.put(id, new BigDecimal(BaseDeTest.valeur("SELECT montant_engage FROM entrepot.fait_attribution"
                    + " WHERE annee_scolaire = '" + ANNEE + "' AND attribution_cle = " + id)));
        }
        assertEquals(ATTENDUS, entrepot, "the warehouse");

        assertEquals(List.of(new BigDecimal("1250.00"), new BigDecimal("2500.00")), ecran(LEA), "the page of Léa");
        assertEquals(List.of(new BigDecimal("625.00")), ecran(HUGO), "the page of Hugo");
    }

    /** The « Montant annuel » column of the personnel's payment page, in the rows' order, read back as numbers. */
    private static List<BigDecimal> ecran(String identifiant) {
        Navigateur navigateur = NAVIGATEUR.get();
        navigateur.connecter("rectorat", "test");
        navigateur.ouvrir("/paiements-personnel.xhtml");
        navigateur.choisirCampagne("personnel", ANNEE);
        navigateur.saisir(By.id("personnel:identifiant"), identifiant);
        navigateur.visible(By.id("personnel:afficher")).click();
        navigateur.attendre(d -> d.findElement(By.tagName("h2")).getText().contains(identifiant));
        return navigateur.textes(By.cssSelector("[id='personnel:missions_data'] > tr > td:nth-child(5)")).stream()
                .map(t -> new BigDecimal(t.replaceAll("[^0-9,-]", "").replace(',', '.'))).sorted().toList();
    }

    private static long cree(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }
}
