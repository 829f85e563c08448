package fr.pacte.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The screens in a real browser, one Chromium for the whole class: each role's home page and scope, the filtered
 * établissements list and its export, an accepted and a refused import, the 403 page, logout.
 */
class NavigateurIT extends PacteIT {

    private static final String ENTETE_ETABLISSEMENTS =
            "uai;nature;denomination_principale;denomination_complementaire;departement;commune;secteur;education_prioritaire";
    /** Created in 074 like the other import tests, and removed afterwards: other test classes count établissements. */
    private static final String UAI_CREE = "0749123P";
    private static final By UAI_LISTE = By.cssSelector("[id='formulaire:etablissements_data'] span.uai");

    private static Navigateur navigateur;

    @RegisterExtension
    static final Navigateur.SurveillanceNavigateur SURVEILLANCE = Navigateur.surveiller("navigateur", () -> navigateur);
    private static Path fichiers;

    @BeforeAll
    static void ouvrirLeNavigateur() throws Exception {
        nettoyer();
        fichiers = Files.createTempDirectory("pacte-imports-");
        navigateur = new Navigateur(BASE);
    }

    @AfterAll
    static void fermerLeNavigateur() throws Exception {
        if (navigateur != null) {
            navigateur.close();
        }
        nettoyer();
    }

    @ParameterizedTest(name = "{0} voit « {1} »")
    @CsvSource(delimiter = '|', value = {
            "rectorat|Toute l'académie",
            "dasen.038|Département 038 – Isère",
            "dasen.073|Département 073 – Savoie",
            "chef.0380001v|Établissement 0380001V",
            "chef.0730001e|Établissement 0730001E",
            "analyste|Toute l'académie"})
    void eachAccountLandsOnItsHomePageWithItsScope(String login, String perimetre) {
        navigateur.connecter(login, "test");
        String affiche = navigateur.texte(By.id("perimetre"));
        assertTrue(affiche.contains(perimetre), affiche);
        assertTrue(navigateur.texte(By.id("utilisateur")).contains(login));
    }

    @Test
    void rectoratFiltersTheEtablissementsOfSavoieAndExportsThem() throws IOException {
        navigateur.connecter("rectorat", "test");
        navigateur.visible(By.id("perimetre"));
        assertFalse(navigateur.driver().findElements(By.linkText("Imports")).isEmpty());
        navigateur.ouvrir("/etablissements.xhtml");
        navigateur.visible(UAI_LISTE);
        navigateur.choisir("formulaire:departement", "073 – Savoie");
        // the fixture's two Savoie établissements, and any another class added in 073 (JournalIT): only 073's
        navigateur.attendre(d -> {
            List<String> uais = navigateur.textes(UAI_LISTE);
            return uais.containsAll(List.of("0730001E", "0730002F")) && uais.stream().allMatch(u -> u.startsWith("073"));
        });
        List<String> affiches = navigateur.textes(UAI_LISTE);

        navigateur.visible(By.id("formulaire:export-csv")).click();
        List<String> lignes = Files.readAllLines(navigateur.telecharge("etablissements-"), StandardCharsets.UTF_8);
        assertEquals(affiches.size() + 1, lignes.size(), String.join("\n", lignes));
        assertEquals(affiches, lignes.subList(1, lignes.size()).stream().map(l -> l.substring(0, l.indexOf(';'))).toList(),
                "the export holds the établissements listed, in the same order");
    }

    @Test
    void rectoratImportsAValidEtablissementsFile() throws IOException {
        navigateur.connecter("rectorat", "test");
        navigateur.ouvrir("/imports.xhtml");
        envoyer("navigateur-valide.csv", ENTETE_ETABLISSEMENTS + "\n"
                + UAI_CREE + ";CLG;Collège du Navigateur;;074;Annecy;PU;REP\n");
        assertEquals("1", navigateur.texte(By.id("crees")));
        assertEquals("0", navigateur.texte(By.id("modifies")));
        assertTrue(navigateur.texte(By.id("journal")).contains("navigateur-valide.csv"));
    }

    @Test
    void rectoratSeesEveryErrorOfARefusedFileAndHostileTextStaysText() throws IOException {
        navigateur.connecter("rectorat", "test");
        navigateur.ouvrir("/imports.xhtml");
        envoyer("navigateur-refuse.csv", ENTETE_ETABLISSEMENTS + "\n"
                + "0749124A;CLG;Clé UAI fausse;;074;Annecy;PU;\n"
                + "0749125S;<script>alert(1)</script>;Nature hostile;;074;Annecy;PU;\n");
        assertTrue(navigateur.texte(By.id("refus")).contains("Fichier refusé : rien n'a été enregistré"));
        String tableau = "[id='rapport:erreurs_data'] > tr > td:nth-child(";
        List<String> lignes = navigateur.textes(By.cssSelector(tableau + "1)"));
        List<String> colonnes = navigateur.textes(By.cssSelector(tableau + "2)"));
        List<String> regles = navigateur.textes(By.cssSelector(tableau + "3)"));
        assertEquals(List.of("2", "3"), lignes, String.join("\n", regles));
        assertEquals(List.of("uai", "nature"), colonnes);
        assertTrue(regles.get(1).contains("<script>alert(1)</script>"), regles.get(1));
        assertThrows(NoAlertPresentException.class, () -> navigateur.driver().switchTo().alert());
    }

    @Test
    void aDasenCannotOpenTheImportsPage() {
        navigateur.connecter("dasen.038", "test");
        navigateur.visible(By.id("perimetre"));
        assertTrue(navigateur.driver().findElements(By.linkText("Imports")).isEmpty());
        navigateur.ouvrir("/imports.xhtml");
        assertTrue(navigateur.texte(By.id("acces-refuse")).contains("ne permet pas d'ouvrir cette page"));
    }

    @Test
    void theAnalystHasNoPersonnelsList() {
        navigateur.connecter("analyste", "test");
        navigateur.visible(By.id("perimetre"));
        assertTrue(navigateur.driver().findElements(By.linkText("Personnels")).isEmpty());
        navigateur.ouvrir("/personnels.xhtml");
        assertTrue(navigateur.texte(By.id("acces-nominatif-refuse")).contains("données nominatives"));
        assertTrue(navigateur.driver().findElements(By.id("formulaire:personnels")).isEmpty());
    }

    @Test
    void logoutBringsBackTheLoginPage() {
        navigateur.connecter("chef.0380001v", "test");
        navigateur.visible(By.id("deconnexion")).click();
        navigateur.visible(By.id("j_username"));
        navigateur.ouvrir("/etablissements.xhtml");
        navigateur.visible(By.id("j_password"));
        assertTrue(navigateur.driver().findElements(By.id("formulaire:etablissements")).isEmpty());
    }

    private static void envoyer(String nom, String contenu) throws IOException {
        Path fichier = fichiers.resolve(nom);
        Files.writeString(fichier, contenu, StandardCharsets.UTF_8);
        navigateur.driver().findElement(By.cssSelector("[id='formulaire'] input[type='file']"))
                .sendKeys(fichier.toString());
        navigateur.visible(By.id("formulaire:importer")).click();
        navigateur.visible(By.id("resultat"));
    }

    private static void nettoyer() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM referentiel.etablissement WHERE uai = '" + UAI_CREE + "'");
        }
        // the journal is append-only for the server and the owner (V12)
        BaseDeTest.executerSansDeclencheurs("DELETE FROM referentiel.journal_import WHERE nom_fichier LIKE 'navigateur-%'");
    }
}
