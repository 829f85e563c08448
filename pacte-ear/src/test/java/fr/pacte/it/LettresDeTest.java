package fr.pacte.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The data of the letter tests (fixture-lettres.sql): a published envelope in a reserved campaign, attributions made
 * through the API by the chef, and the text of a letter's PDF.
 */
final class LettresDeTest {

    static final String COLLEGE = "0389001C";
    static final String CHEF = "chef.0389001c";

    private LettresDeTest() {
    }

    /** Allocation, envelope of the collège and publication of the campaign, by the rectorat. */
    static void publierEnveloppe(Http rectorat, String annee, int parts, int imp) {
        ok(rectorat.put("/api/allocations/" + annee,
                "{\"PREMIER_DEGRE\": 10, \"SECOND_DEGRE\": 100, \"VOIE_PRO\": 50, \"IMP\": 20}"));
        ok(rectorat.put("/api/dotations/" + annee + "/" + COLLEGE,
                "{\"parts\": " + parts + ", \"imp\": " + imp + ", \"version\": 0}"));
        ok(rectorat.postJson("/api/dotations/" + annee + "/publication", "{}"));
    }

    /** A Pacte attribution over the school year (heures null for a forfait); returns its id. */
    static long pacte(Http chef, String annee, String identifiant, String mission, Integer heures) {
        int debut = Integer.parseInt(annee.substring(0, 4));
        return cree(chef.postJson("/api/attributions", "{\"annee\": \"" + annee + "\", \"uai\": \"" + COLLEGE
                + "\", \"identifiant\": \"" + identifiant + "\", \"dispositif\": \"PACTE\", \"codeMission\": \"" + mission
                + "\", \"parts\": 1" + (heures == null ? "" : ", \"heures\": " + heures) + ", \"dateDebut\": \"" + debut
                + "-09-01\", \"dateFin\": \"" + (debut + 1) + "-06-30\", \"modalite\": \"ANNUELLE\"}"));
    }

    static long imp(Http chef, String annee, String identifiant, String mission, String taux) {
        int debut = Integer.parseInt(annee.substring(0, 4));
        return cree(chef.postJson("/api/attributions", "{\"annee\": \"" + annee + "\", \"uai\": \"" + COLLEGE
                + "\", \"identifiant\": \"" + identifiant + "\", \"dispositif\": \"IMP\", \"codeMission\": \"" + mission
                + "\", \"tauxImp\": \"" + taux + "\", \"dateDebut\": \"" + debut + "-09-01\", \"dateFin\": \""
                + (debut + 1) + "-06-30\", \"modalite\": \"ANNUELLE\"}"));
    }

    /** The text of a PDF, spaces (non-breaking ones too) and line breaks folded into single spaces. */
    static String texte(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replace('\u202F', ' ')
                    .replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long cree(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }

    static void ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
    }

    /**
     * The chef signs the agent's letter on lettres.xhtml, confirming, and sees it « Signée ».
     *
     * @return the XPath of the letter's row, for the gestures that follow
     */
    static String signerALEcran(Navigateur navigateur, String annee, String identifiant) {
        navigateur.visible(By.linkText("Lettres de mission")).click();
        navigateur.choisirCampagne("lettres", annee);
        String ligne = "//tbody[@id='lettres:table_data']/tr[contains(., '" + identifiant + "')]";
        By etat = By.xpath(ligne + "//*[contains(concat(' ', @class, ' '), ' lettre-etat ')]");
        navigateur.attendre(d -> d.findElement(etat).getText().equals("Brouillon"));
        navigateur.visible(By.xpath(ligne + "//button[substring(@id, string-length(@id) - 6) = ':signer']")).click();
        navigateur.visible(By.id("lettres:confirmer")).click();
        navigateur.attendre(d -> d.findElement(etat).getText().equals("Signée"));
        return ligne;
    }
}
