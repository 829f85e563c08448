package fr.pacte.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static fr.pacte.it.LettresDeTest.CHEF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lettres de mission in a real browser, on campaign 2041-2042 (reserved to this class): after an attribution
 * made through the API, the chef signs the letter on lettres.xhtml with a confirmation, downloads its PDF and the
 * ZIP of all his letters once the progress bar is done; the agent then accepts it from his own page. One test: each
 * step needs the letter the step before left, and no test may rely on another's order.
 */
class LettreNavigateurIT extends PacteIT {

    private static final String ANNEE = "2041-2042";
    private static final String CELIK = "LET0000000002";
    private static final String LIGNE_CELIK = "//tbody[@id='lettres:table_data']/tr[contains(., '" + CELIK + "')]";
    private static final By GROWL = By.cssSelector(".ui-growl-message");

    private static Navigateur navigateur;

    @RegisterExtension
    static final Navigateur.SurveillanceNavigateur SURVEILLANCE = Navigateur.surveiller("lettre", () -> navigateur);

    @BeforeAll
    static void attribuer() {
        LettresDeTest.publierEnveloppe(http().basic("rectorat", "test"), ANNEE, 5, 0);
        LettresDeTest.pacte(http().basic(CHEF, "test"), ANNEE, CELIK, "P2-DEVOIRS-FAITS", 24);
        navigateur = new Navigateur(BASE);
    }

    @AfterAll
    static void fermer() {
        if (navigateur != null) {
            navigateur.close();
        }
    }

    @Test
    void theChefSignsAndDownloadsTheLetterThenTheAgentAcceptsIt() throws IOException {
        theChefSignsTheLetterAndDownloadsItsPdf();
        theChefDownloadsTheZipOfAllHisLettersWhenTheProgressBarIsDone();
        theAgentLandsOnHisLettersAndAcceptsTheSignedOne();
    }

    private void theChefSignsTheLetterAndDownloadsItsPdf() throws IOException {
        navigateur.connecter(CHEF, "test");
        navigateur.visible(By.linkText("Lettres de mission")).click();
        navigateur.choisirCampagne("lettres", ANNEE);
        assertEquals("Brouillon", navigateur.texte(cellule("lettre-etat")));
        navigateur.visible(bouton("signer")).click();
        navigateur.visible(By.id("lettres:confirmer")).click();
        navigateur.attendre(d -> d.findElement(GROWL).getText().contains("Lettre signée"));
        navigateur.attendre(d -> d.findElement(cellule("lettre-etat")).getText().equals("Signée"));

        navigateur.visible(bouton("pdf")).click();
        Path pdf = navigateur.telecharge("lettre-mission-" + ANNEE + "-0389001C-" + CELIK);
        byte[] contenu = Files.readAllBytes(pdf);
        assertTrue(new String(contenu, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        String texte = LettresDeTest.texte(contenu);
        assertTrue(texte.contains("M. François Çelik"), texte);
        assertTrue(texte.contains("Agnès Cœurdevey, principale"), texte);
    }

    private void theChefDownloadsTheZipOfAllHisLettersWhenTheProgressBarIsDone() throws IOException {
        navigateur.visible(By.id("lettres:lancer-zip")).click();
        navigateur.visible(By.id("lettres:progression"));
        navigateur.visible(By.id("lettres:telecharger-zip")).click();
        Path zip = navigateur.telecharge("lettres-de-mission-" + ANNEE);
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            assertEquals(1, archive.size());
            assertTrue(archive.stream().anyMatch(e -> e.getName().equals("0389001C/CELIK_Francois_" + CELIK + "_v1.pdf")));
        }
    }

    private void theAgentLandsOnHisLettersAndAcceptsTheSignedOne() {
        navigateur.connecter("personnel.let02", "test");
        navigateur.attendre(d -> d.getCurrentUrl().contains("/mes-lettres.xhtml"));
        By ligne = By.xpath("//tbody[@id='mes-lettres:lettres_data']/tr[contains(., '" + ANNEE + "')]");
        assertEquals("Signée", navigateur.visible(ligne).findElement(By.className("lettre-etat")).getText());
        navigateur.visible(ligne).findElement(By.cssSelector("button[id$=':accepter']")).click();
        navigateur.visible(By.id("mes-lettres:confirmer")).click();
        navigateur.attendre(d -> d.findElement(GROWL).getText().contains("Lettre acceptée"));
        navigateur.attendre(d -> d.findElement(ligne).findElement(By.className("lettre-etat")).getText().equals("Acceptée"));
    }

    /** In the row of M. Çelik (the table has no selection, hence no row key in the page). */
    private static By cellule(String classe) {
        return By.xpath(LIGNE_CELIK + "//*[contains(concat(' ', @class, ' '), ' " + classe + " ')]");
    }

    private static By bouton(String id) {
        return By.xpath(LIGNE_CELIK + "//button[substring(@id, string-length(@id) - " + id.length() + ") = ':" + id + "']");
    }
}
