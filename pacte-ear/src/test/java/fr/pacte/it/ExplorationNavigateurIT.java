package fr.pacte.it;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyst's exploration in a real browser (issue 18, point 5): from the menu, bénéficiaires by corps and sex for
 * 2056-2057 and every personnel; the fixture's single psychologist with a mission is masked (« s ») on the screen and
 * in the same cell of the XLSX; effectif crossed with a mission dimension is refused, naming the field.
 */
class ExplorationNavigateurIT extends PacteIT {

    private static final String PSYCHOLOGUES = "Psychologues de l'EN";
    private static Navigateur navigateur;

    @RegisterExtension
    static final Navigateur.SurveillanceNavigateur SURVEILLANCE = Navigateur.surveiller("exploration", () -> navigateur);

    @BeforeAll
    static void ouvrir() {
        Entrepot.chargerJusquAuBout(EntrepotIT.ANALYSTE, List.of("2056-2057"));
        navigateur = new Navigateur(BASE);
    }

    @AfterAll
    static void fermer() {
        if (navigateur != null) {
            navigateur.close();
        }
    }

    private void poser(String mesure, String lignes, String colonnes) {
        navigateur.connecter(EntrepotIT.ANALYSTE, "test");
        navigateur.visible(By.id("menu-exploration")).click();
        navigateur.choisir("exploration:annee", "2056-2057");
        navigateur.choisirCommencantPar("exploration:population", "CPE, documentalistes");
        navigateur.choisir("exploration:lignes", lignes);
        navigateur.choisir("exploration:colonnes", colonnes);
        navigateur.choisir("exploration:mesure", mesure);
        navigateur.cliquer(By.id("exploration:construire"));
        navigateur.calme();
    }

    @Test
    void theAnalystCrossesCorpsAndSexAndTheXlsxMasksTheSameCell() throws IOException {
        poser("Bénéficiaires", "Corps", "Sexe");
        List<String> entetes = navigateur.textes(By.xpath("//table[@id='pivot']//tr[1]/th"));
        assertEquals("Corps \\ Sexe", entetes.get(0), entetes.toString());
        int femmes = entetes.indexOf("Femmes");
        assertTrue(femmes > 0, entetes.toString());
        navigateur.visible(By.xpath("//table[@id='pivot']//tr[th[normalize-space()=\"" + PSYCHOLOGUES + "\"]]"));
        List<String> psychologues = navigateur.textes(
                By.xpath("//table[@id='pivot']//tr[th[normalize-space()=\"" + PSYCHOLOGUES + "\"]]/td"));
        assertEquals("s", psychologues.get(femmes - 1), psychologues.toString());
        assertTrue(navigateur.texte(By.id("legende-graphique")).contains("n'y sont pas dessinées"));
        assertTrue(navigateur.texte(By.id("regle")).contains("de 1 à 4 personnes est masquée"));
        assertFalse(navigateur.driver().getPageSource().contains("ENT0000"), "aucun identifiant à l'écran");

        navigateur.visible(By.id("exploration:xlsx")).click();
        Path xlsx = navigateur.telecharge("exploration-2056-2057");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook classeur = new XSSFWorkbook(in)) {
            Sheet feuille = classeur.getSheetAt(0);
            Row entete = feuille.getRow(0);
            int colonne = -1;
            for (int c = 0; c < entete.getLastCellNum(); c++) {
                if ("Femmes".equals(entete.getCell(c).getStringCellValue())) {
                    colonne = c;
                }
            }
            assertEquals(femmes, colonne, "même colonne qu'à l'écran");
            String cellule = null;
            for (Row r : feuille) {
                if (r.getCell(0) != null && PSYCHOLOGUES.equals(r.getCell(0).getStringCellValue())) {
                    cellule = r.getCell(colonne).getStringCellValue();
                }
            }
            assertEquals("s", cellule);
        }
    }

    @Test
    void effectifByAMissionDimensionIsRefusedNamingTheField() {
        poser("Effectif", "Corps", "Catégorie de mission");
        String message = navigateur.texte(By.cssSelector(".ui-growl-message"));
        assertTrue(message.contains("Colonnes : la dimension « Catégorie de mission » décrit une mission"), message);
        assertTrue(navigateur.driver().findElements(By.id("pivot")).isEmpty(), "aucun tableau");
    }
}
