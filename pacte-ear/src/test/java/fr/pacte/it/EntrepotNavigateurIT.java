package fr.pacte.it;

import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyst in a real browser: opens Statistiques from the menu, loads the warehouse (every campaign) and follows
 * the progress, shows the report of 2058-2059 and downloads its PDF, whose text holds the tables and no name; resumes
 * a stopped load with the button of its row, after confirming, and follows it to the end.
 */
class EntrepotNavigateurIT extends PacteIT {

    private static Navigateur navigateur;

    @RegisterExtension
    static final Navigateur.SurveillanceNavigateur SURVEILLANCE = Navigateur.surveiller("entrepot", () -> navigateur);

    @BeforeAll
    static void ouvrir() {
        navigateur = new Navigateur(BASE);
    }

    @AfterAll
    static void fermer() {
        if (navigateur != null) {
            navigateur.close();
        }
    }

    @Test
    void aStoppedLoadResumesFromTheScreenAfterConfirmationAndCompletes() {
        long id = Entrepot.charger(EntrepotIT.ANALYSTE, List.of("2058-2059"), 3000);
        Entrepot.attendre(EntrepotIT.ANALYSTE, id, c -> c.getInt("unitesFaites") >= 1);
        assertEquals(200, http().basic(EntrepotIT.ANALYSTE, "test")
                .postJson("/api/entrepot/chargements/" + id + "/arret", "").statusCode());
        JsonObject arrete = Entrepot.attendre(EntrepotIT.ANALYSTE, id, Entrepot::fini);
        assertEquals("ARRETE", arrete.getString("statut"));
        long premiereExecution = arrete.getJsonNumber("executionId").longValue();

        navigateur.connecter(EntrepotIT.ANALYSTE, "test");
        navigateur.visible(By.id("menu-statistiques")).click();
        By ligne = By.xpath("//tbody[@id='chargement:chargements_data']/tr[td[1][normalize-space()='" + id + "']]");
        assertTrue(navigateur.texte(ligne).contains("arrêté"), navigateur.texte(ligne));
        navigateur.visible(By.xpath("//tbody[@id='chargement:chargements_data']/tr[td[1][normalize-space()='" + id
                + "']]//button[contains(@id, ':reprendre')]")).click();
        String confirmation = navigateur.texte(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message"));
        assertTrue(confirmation.contains("reprendra après sa dernière unité enregistrée"), confirmation);
        navigateur.visible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        // the progress is followed as for a new load, until the end
        new org.openqa.selenium.support.ui.WebDriverWait(navigateur.driver(), Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("chargement:etat")).getText().contains("n° " + id + " (2058-2059) : terminé"));
        JsonObject repris = Entrepot.etat(EntrepotIT.ANALYSTE, id);
        assertEquals("TERMINE", repris.getString("statut"));
        Entrepot.chaqueUniteUneFois(id, repris.getInt("unitesTotal"), premiereExecution, arrete.getInt("unitesFaites"));
    }

    @Test
    void theAnalystLoadsTheWarehouseRunsTheReportAndDownloadsThePdf() throws IOException {
        navigateur.connecter(EntrepotIT.ANALYSTE, "test");
        navigateur.visible(By.id("menu-statistiques")).click();
        navigateur.visible(By.id("chargement:charger")).click();
        // the poll re-renders the progress every second
        new org.openqa.selenium.support.ui.WebDriverWait(navigateur.driver(), Duration.ofSeconds(120))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("chargement:etat")).getText().contains("terminé"));

        navigateur.choisir("rapport:annee", "2058-2059");
        navigateur.visible(By.id("rapport:afficher")).click();
        String tableau = navigateur.texte(By.id("tableau-T01"));
        assertTrue(tableau.contains("Femmes") && tableau.contains("Ensemble"), tableau);
        assertFalse(navigateur.driver().getPageSource().contains("ENT0000"), "aucun identifiant à l'écran");

        navigateur.visible(By.id("rapport:pdf")).click();
        Path pdf = navigateur.telecharge("rapport-annuel-2058-2059");
        String texte;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            texte = new PDFTextStripper().getText(document);
        }
        assertTrue(texte.contains("Sommaire"), texte);
        assertTrue(texte.contains("T01 – Personnels ayant au moins une mission selon le sexe"), texte);
        assertTrue(texte.contains("Sexe Effectif Bénéficiaires Part (%)"), texte);
        assertTrue(texte.contains("T07 – Missions selon le dispositif et la catégorie"), texte);
        assertTrue(texte.contains("Définitions et sources"), texte);
        assertTrue(texte.lines().anyMatch(l -> l.startsWith("Femmes ")), texte);
        assertFalse(texte.contains("ENT0000") || texte.contains("Entrepot1"), "aucun nom dans le PDF");
    }
}
