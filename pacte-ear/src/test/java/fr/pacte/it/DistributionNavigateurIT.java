package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distribution screen in a real browser, on the fixture's open campaign 2025-2026: allocation, simulated then
 * applied formula, inline edits (refused, accepted, concurrent), a refused import, the export, the publication, a
 * correction with its reason and its history; then the chef sees his envelope and the DASEN his département's,
 * read-only. The request tests use the same campaign ({@link CampagneOuverteDemandes}) and may have run first: this
 * one only raises the allocation, and withdraws their publication so that it can publish again.
 */
class DistributionNavigateurIT extends PacteIT {

    private static final String ANNEE = "2025-2026";
    private static final String UAI = "0380001V";
    private static final String MOTIF = "Fermeture d'une classe à la rentrée";
    /** The table row of the établissement (rows carry no key attribute: they are found by their UAI). */
    private static final String LIGNE_XPATH = "//tbody[@id='formulaire:lignes_data']/tr[.//span[@class='uai' and text()='" + UAI + "']]";
    private static final By LIGNE = By.xpath(LIGNE_XPATH);
    private static final By PARTS = By.xpath(LIGNE_XPATH + "/td[contains(@class, 'pacte-saisie')]");

    private static Navigateur navigateur;

    @RegisterExtension
    static final Navigateur.SurveillanceNavigateur SURVEILLANCE = Navigateur.surveiller("distribution", () -> navigateur);

    @BeforeAll
    static void ouvrirLeNavigateur() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM dotation.publication WHERE annee_scolaire = '" + ANNEE + "'");
        }
        navigateur = new Navigateur(BASE);
    }

    @AfterAll
    static void fermerLeNavigateur() {
        if (navigateur != null) {
            navigateur.close();
        }
    }

    @Test
    void theRectoratDistributesCorrectsAndPublishesThenTheChefSeesHisEnvelope() throws IOException {
        navigateur.connecter("rectorat", "test");
        navigateur.visible(By.linkText("Dotations")).click();
        assertTrue(navigateur.texte(By.id("entete:campagne_label")).startsWith(ANNEE));

        allouer();
        navigateur.saisir(By.id("formulaire:motif"), MOTIF);
        navigateur.saisir(By.id("formulaire:texte"), UAI);
        navigateur.attendre(d -> d.findElements(By.cssSelector("[id='formulaire:lignes_data'] > tr")).size() == 1
                && !d.findElements(LIGNE).isEmpty());

        // IMP shared by staff (1 for 10 teachers) rather than the whole disponible: the request test may have
        // converted IMP into décharge, which the allocation counts but the formula's disponible does not
        navigateur.saisir(By.id("formule:imp-enseignants"), "10");
        navigateur.visible(By.id("formule:simuler")).click();
        String proposition = navigateur.texte(By.xpath(LIGNE_XPATH + "//*[contains(@class, 'proposition')]"));
        assertTrue(proposition.matches("\\d+ p · [\\d,]+ IMP"), proposition);
        assertTrue(navigateur.texte(By.id("formule:resultats")).contains("Second degré"));
        assertEquals("0", parts(), "simuler n'enregistre rien");
        int propose = Integer.parseInt(proposition.substring(0, proposition.indexOf(' ')));
        assertTrue(propose >= 5, proposition);

        navigateur.visible(By.id("formule:appliquer")).click();
        navigateur.visible(By.id("confirmation:confirmer")).click();
        message("Formule appliquée");
        navigateur.attendre(d -> String.valueOf(propose).equals(parts()));

        modifierParts(String.valueOf(propose + 1000));
        message("Modification refusée");
        navigateur.attendre(d -> String.valueOf(propose).equals(parts()));

        String totalAvant = navigateur.texte(By.id("total-parts"));
        modifierParts(String.valueOf(propose - 1));
        message("Enveloppe enregistrée");
        navigateur.attendre(d -> !totalAvant.equals(d.findElement(By.id("total-parts")).getText()));
        // the totals the edit's answer wrote are those the server renders on a fresh page
        Map<String, String> apresSaisie = totaux();
        navigateur.ouvrir("/dotations.xhtml");
        assertEquals(apresSaisie, totaux());
        navigateur.saisir(By.id("formulaire:texte"), UAI);
        navigateur.attendre(d -> d.findElements(By.cssSelector("[id='formulaire:lignes_data'] > tr")).size() == 1
                && !d.findElements(LIGNE).isEmpty());
        assertEquals(String.valueOf(propose - 1), parts());

        modifierAilleurs(propose - 2);
        modifierParts(String.valueOf(propose - 3));
        message("Modification concurrente");
        navigateur.attendre(d -> String.valueOf(propose - 2).equals(parts()));

        refuserUnImport();
        navigateur.visible(By.id("formulaire:export-xlsx")).click();
        assertTrue(Files.size(navigateur.telecharge("enveloppes-" + ANNEE)) > 0);

        navigateur.visible(By.id("entete:publier")).click();
        navigateur.visible(By.id("confirmation:confirmer")).click();
        assertTrue(navigateur.texte(By.id("entete:publication")).startsWith("Enveloppes publiées le "));

        // the publication re-renders the table with its filter kept: typing the filter again would start a delayed
        // refresh of the table that could replace the cell being edited
        navigateur.calme();
        navigateur.visible(LIGNE);
        // the refusal of a correction without reason is checked over the same service by DotationIT
        navigateur.saisir(By.id("formulaire:motif"), MOTIF);
        // the reason reaches the server on its own change event, before the edit that needs it
        navigateur.driver().findElement(By.id("formulaire:motif")).sendKeys(Keys.TAB);
        navigateur.calme();
        modifierParts(String.valueOf(propose - 3));
        message("Enveloppe enregistrée");

        navigateur.visible(By.xpath(LIGNE_XPATH + "//button[contains(@id, ':historique')]")).click();
        navigateur.attendre(d -> d.findElement(By.id("changements")).getText().contains(MOTIF));

        navigateur.connecter("chef.0380001v", "test");
        assertEquals(String.valueOf(propose - 3), navigateur.texte(By.id("enveloppe-parts")));
        assertTrue(navigateur.texte(By.id("enveloppe")).contains("Mon enveloppe " + ANNEE));
        navigateur.ouvrir("/dotations.xhtml");
        navigateur.visible(By.id("enveloppe"));

        navigateur.connecter("dasen.038", "test");
        navigateur.visible(By.id("departement-parts"));
        navigateur.ouvrir("/dotations.xhtml");
        navigateur.attendre(d -> String.valueOf(propose - 3).equals(parts()));
        assertTrue(navigateur.driver().findElements(By.id("formule:simuler")).isEmpty(), "un DASEN ne distribue pas");
        navigateur.visible(PARTS).click();
        assertTrue(navigateur.driver().findElements(By.xpath(LIGNE_XPATH + "//input[contains(@id, 'saisie-parts')]"))
                .stream().noneMatch(WebElement::isDisplayed), "lecture seule");
        assertTrue(navigateur.textes(By.cssSelector("[id='formulaire:lignes_data'] span.uai")).stream()
                .allMatch(uai -> uai.startsWith("038")));
    }

    /** Through the screen's dialog, raising each line (another test may have set the allocation already). */
    private static void allouer() {
        BigDecimal resteAvant = nombre(navigateur.texte(By.id("reste-parts")));
        navigateur.visible(By.id("allocation-ouvrir:modifier-allocation")).click();
        // the modules' fixtures add a few hundred personnels in the second degree: enough parts that the formula
        // still gives this collège of two teachers several
        String[][] ajouts = {{"PREMIER_DEGRE", "10"}, {"SECOND_DEGRE", "1500"}, {"VOIE_PRO", "10"}, {"IMP", "20"}};
        for (String[] a : ajouts) {
            By champ = By.cssSelector("input.montant-" + a[0]);
            BigDecimal actuel = nombre(navigateur.visible(champ).getAttribute("value"));
            navigateur.saisir(champ, actuel.add(new BigDecimal(a[1])).toPlainString());
        }
        navigateur.visible(By.id("allocation-formulaire:enregistrer-allocation")).click();
        message("Allocation enregistrée");
        BigDecimal attendu = resteAvant.add(new BigDecimal("1520"));
        navigateur.attendre(d -> nombre(d.findElement(By.id("reste-parts")).getText()).compareTo(attendu) == 0);
    }

    /** A number as the screen writes it: "1 250", "2,5". */
    private static BigDecimal nombre(String texte) {
        String t = texte.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        return t.isEmpty() ? BigDecimal.ZERO : new BigDecimal(t);
    }

    /** Every running total on the page, by what it counts (allocation line, département, académie). */
    private static Map<String, String> totaux() {
        Map<String, String> totaux = new TreeMap<>();
        navigateur.visible(By.id("total-parts"));
        navigateur.driver().findElements(By.cssSelector("[data-total]"))
                .forEach(e -> totaux.put(e.getAttribute("data-total"), e.getText().strip()));
        assertTrue(totaux.size() > 10, totaux.toString());
        return totaux;
    }

    private static String parts() {
        return navigateur.driver().findElements(PARTS).get(0).getText().strip();
    }

    /** Clicks the parts cell of the row, types the value and validates with Enter, as a user does. */
    private static void modifierParts(String valeur) {
        navigateur.calme();
        navigateur.attendre(d -> d.findElements(By.cssSelector(".ui-datatable td.ui-cell-editing")).isEmpty()
                && d.findElements(By.cssSelector(".ui-dialog-mask")).stream().noneMatch(WebElement::isDisplayed));
        navigateur.visible(PARTS).click();
        WebElement saisie = navigateur.visible(By.xpath(LIGNE_XPATH + "//input[contains(@id, 'saisie-parts')]"));
        saisie.sendKeys(Keys.chord(Keys.CONTROL, "a"), valeur, Keys.ENTER);
    }

    private static void message(String texte) {
        navigateur.attendre(d -> d.findElements(By.cssSelector(".ui-growl-item")).stream()
                .anyMatch(e -> e.getText().contains(texte)));
        navigateur.driver().executeScript("PF('growl') && PF('growl').removeAll && PF('growl').removeAll();"
                + "document.querySelectorAll('.ui-growl-item-container').forEach(e => e.remove());");
    }

    /** Another user changes the row through the API: the browser still holds the old version. */
    private static void modifierAilleurs(int parts) {
        Http api = http().basic("rectorat", "test");
        JsonObject ligne = Json.objet(api.get("/api/dotations/" + ANNEE + "/" + UAI).body());
        HttpResponse<String> r = api.put("/api/dotations/" + ANNEE + "/" + UAI, "{\"parts\": " + parts + ", \"imp\": "
                + ligne.getJsonNumber("imp").bigDecimalValue() + ", \"version\": " + ligne.getJsonNumber("version")
                + ", \"motif\": \"Correction par un autre gestionnaire\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(0, new BigDecimal(parts).compareTo(Json.objet(r.body()).getJsonNumber("parts").bigDecimalValue()));
    }

    private static void refuserUnImport() throws IOException {
        Path fichier = Files.createTempFile("enveloppes-refusees-", ".csv");
        Files.writeString(fichier, "annee_scolaire;uai;parts_pacte;imp_taux_base\n" + ANNEE + ";0389999Z;2;1\n",
                StandardCharsets.UTF_8);
        try {
            navigateur.driver().findElement(By.cssSelector("[id='import'] input[type='file']")).sendKeys(fichier.toString());
            navigateur.visible(By.id("import:importer")).click();
            assertTrue(navigateur.texte(By.id("refus")).contains("Fichier refusé : rien n'a été enregistré"));
            assertTrue(navigateur.texte(By.id("import:erreurs")).contains("0389999Z"));
        } finally {
            Files.deleteIfExists(fichier);
        }
    }
}
