package fr.pacte.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, first "Done when": a rectorat runs two years on the screens only, from a référentiel it imports. A
 * département the other tests never use (088) stands for the empty académie: its départements, établissement and
 * personnels come from files dropped on the imports page; the rectorat creates and opens campaign 2011-2012 on the
 * campaigns page, sets the allocation, gives the collège its envelope and publishes; the chef declares a volunteer
 * (seed 002 « sur la base du volontariat », on by default), attributes him a mission and signs the letter; the
 * rectorat closes the year, which freezes the envelope's consumption, creates 2012-2013 from it, opens it, and the
 * *reconduction N-1* formula gives the collège again the part it consumed.
 * <p>
 * The years come before every other test's, so that the académie's current campaign (the latest open one, which
 * screens show first) stays what the other classes expect whatever the order they run in.
 * <p>
 * The chef's account is the one thing written in SQL: accounts are created on screen by the access issue (16).
 */
class PremiereAnneeNavigateurIT extends PacteIT {

    private static final String ANNEE = "2011-2012";
    private static final String SUIVANTE = "2012-2013";
    private static final String UAI = "0880001Y";
    private static final String VOLONTAIRE = "ANN0880000001";
    private static final String LIGNE = "//tbody[@id='formulaire:lignes_data']/tr[.//span[@class='uai' and text()='" + UAI + "']]";

    @RegisterExtension
    static final NavigateurDeClasse NAVIGATEUR = new NavigateurDeClasse("premiere-annee");

    private final Navigateur navigateur = NAVIGATEUR.get();

    @Test
    void uneAcademieImporteeVitUneAnneeEntierePuisReconduitLaConsommationFigeeEnN1() throws Exception {
        navigateur.connecter("rectorat", "test");
        importer("Départements", "code;libelle\n088;Vosges\n", "1");
        importer("Établissements", "uai;nature;denomination_principale;denomination_complementaire;departement;commune;"
                + "secteur;education_prioritaire\n" + UAI + ";CLG;Collège Jules-Ferry;;088;Épinal;PU;\n", "1");
        importer("Personnels", "identifiant;civilite;nom;prenom;sexe;date_naissance;corps;discipline;uai_affectation\n"
                + VOLONTAIRE + ";Mme;Thiriet;Camille;F;12/04/1984;CERTIFIE;Lettres modernes;" + UAI + "\n"
                + "ANN0880000002;M.;Colin;Hugo;M;03/11/1979;CERTIFIE;Histoire-géographie;" + UAI + "\n", "2");
        compteDuChef();

        creerEtOuvrir(ANNEE);
        distribuer(ANNEE, "3");
        navigateur.cliquer(By.id("entete:publier"));
        navigateur.cliquer(By.id("confirmation:confirmer"));
        assertTrue(navigateur.texte(By.id("entete:publication")).startsWith("Enveloppes publiées le "));

        navigateur.connecter("chef.0880001y", "test");
        attribuerAuVolontaire();
        LettresDeTest.signerALEcran(navigateur, ANNEE, VOLONTAIRE);

        navigateur.connecter("rectorat", "test");
        navigateur.ouvrir("/campagnes.xhtml");
        choisirCampagne(ANNEE);
        navigateur.cliquer(By.id("campagnes:clore"));
        navigateur.cliquer(By.id("campagnes:confirmer"));
        navigateur.attendre(d -> statut(ANNEE).equals("Close"));
        assertEquals("1.0", BaseDeTest.valeur("SELECT parts_consommees FROM dotation.enveloppe WHERE annee_scolaire = '"
                + ANNEE + "' AND uai = '" + UAI + "'"), "la clôture fige la part consommée");

        creerEtOuvrir(SUIVANTE);
        distribuer(SUIVANTE, null);
        assertTrue(navigateur.texte(By.xpath(LIGNE + "/td[8]")).startsWith("1"), "consommé N-1 affiché : 1 part");
        navigateur.presser("formule:type", "Reconduction N-1");
        navigateur.visible(By.id("formule:pourcentage"));
        navigateur.cliquer(By.id("formule:simuler"));
        navigateur.attendre(d -> d.findElement(By.xpath(LIGNE + "//span[@class='proposition']")).getText().startsWith("1 p"));
        navigateur.cliquer(By.id("formule:appliquer"));
        navigateur.cliquer(By.id("confirmation:confirmer"));
        navigateur.attendre(d -> "1".equals(d.findElement(By.xpath(LIGNE + "//td[contains(@class, 'pacte-saisie')]")).getText().strip()));
        assertEquals("1.0", BaseDeTest.valeur("SELECT parts FROM dotation.enveloppe WHERE annee_scolaire = '" + SUIVANTE
                + "' AND uai = '" + UAI + "'"), "reconduction N-1 de la consommation figée");
    }

    /** Drops a file on the imports page, as the rectorat does, and checks the number of rows created. */
    private void importer(String nature, String contenu, String crees) throws IOException {
        navigateur.ouvrir("/imports.xhtml");
        navigateur.presser("formulaire:type", nature);
        Path fichier = Files.createTempFile("referentiel-", ".csv");
        Files.writeString(fichier, contenu, StandardCharsets.UTF_8);
        try {
            navigateur.driver().findElement(By.cssSelector("[id='formulaire'] input[type='file']")).sendKeys(fichier.toString());
            navigateur.cliquer(By.id("formulaire:importer"));
            assertEquals(crees, navigateur.texte(By.id("crees")), nature + " : " + navigateur.driver().findElement(By.tagName("body")).getText());
        } finally {
            Files.deleteIfExists(fichier);
        }
    }

    /** The new collège's chef, password "test" (the hash the fixtures use). */
    private void compteDuChef() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche) VALUES"
                    + " ('chef.0880001y', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT',"
                    + " NULL, '" + UAI + "', 'Principale du collège Jules-Ferry') ON CONFLICT DO NOTHING");
        }
    }

    private void creerEtOuvrir(String annee) {
        navigateur.ouvrir("/campagnes.xhtml");
        navigateur.saisir(By.id("campagnes:nouvelle"), annee);
        navigateur.cliquer(By.id("campagnes:creer"));
        navigateur.attendre(d -> statut(annee).equals("En préparation"));
        choisirCampagne(annee);
        navigateur.cliquer(By.id("campagnes:ouvrir"));
        navigateur.cliquer(By.id("campagnes:confirmer"));
        navigateur.attendre(d -> statut(annee).equals("Ouverte"));
    }

    private void choisirCampagne(String annee) {
        navigateur.cliquer(By.xpath("//tbody[@id='campagnes:liste_data']/tr[contains(., '" + annee + "')]//a[contains(@id, ':choisir')]"));
        navigateur.attendre(d -> d.findElement(By.id("campagnes:fiche")).getText().contains("Campagne " + annee));
    }

    private String statut(String annee) {
        return navigateur.driver().findElement(By.xpath("//tbody[@id='campagnes:liste_data']/tr[contains(., '" + annee
                + "')]//*[contains(@id, ':statut')]")).getText();
    }

    /** The allocation through its dialog, then (when given) the collège's parts typed in its row. */
    private void distribuer(String annee, String parts) {
        navigateur.cliquer(By.linkText("Dotations"));
        navigateur.choisir("entete:campagne", annee + " – ouverte");
        navigateur.calme();
        navigateur.cliquer(By.id("allocation-ouvrir:modifier-allocation"));
        navigateur.attendre(d -> d.findElement(By.id("allocation-campagne")).getText().equals("Campagne " + annee));
        navigateur.saisir(By.cssSelector("input.montant-SECOND_DEGRE"), "10");
        navigateur.cliquer(By.id("allocation-formulaire:enregistrer-allocation"));
        message("Allocation enregistrée");
        navigateur.saisir(By.id("formulaire:texte"), UAI);
        navigateur.attendre(d -> d.findElements(By.cssSelector("[id='formulaire:lignes_data'] > tr")).size() == 1
                && !d.findElements(By.xpath(LIGNE)).isEmpty());
        if (parts != null) {
            navigateur.calme();
            navigateur.cliquer(By.xpath(LIGNE + "/td[contains(@class, 'pacte-saisie')]"));
            WebElement saisie = navigateur.visible(By.xpath(LIGNE + "//input[contains(@id, 'saisie-parts')]"));
            saisie.sendKeys(Keys.chord(Keys.CONTROL, "a"), parts, Keys.ENTER);
            message("Enveloppe enregistrée");
        }
    }

    /** The chef declares Mme Thiriet volunteer, then gives her one part of RCD: his envelope goes from 3 to 2. */
    private void attribuerAuVolontaire() {
        String page = "/repartition.xhtml?annee=" + ANNEE;
        navigateur.ouvrir(page);
        By thiriet = By.xpath("//tbody[@id='volontaires:personnels_data']/tr[contains(., '" + VOLONTAIRE + "')]");
        navigateur.visible(thiriet).findElement(By.cssSelector(".basculer")).click();
        navigateur.attendre(d -> d.findElement(thiriet).findElement(By.cssSelector(".volontaire")).getText().equals("Oui"));
        navigateur.ouvrir(page);
        assertEquals("3", navigateur.texte(By.id("reste-parts")));
        navigateur.choisir("attribution:mission", "P2-RCD – Remplacement de courte durée");
        navigateur.attendre(d -> d.findElement(By.id("attribution:quantum")).getText().contains("18 h par part"));
        navigateur.choisir("attribution:personnel", "Thiriet Camille (" + VOLONTAIRE + ") – volontaire");
        navigateur.cliquer(By.id("attribution:attribuer"));
        navigateur.attendre(d -> d.findElement(By.id("reste-parts")).getText().equals("2"));
    }

    /**
     * Clicks once the element takes the click: a dialog opening with an animation, or a message over it, may take
     * it first (the wait ignores the driver's refusals and tries again).
     */
    private void message(String texte) {
        navigateur.attendre(d -> d.findElements(By.cssSelector(".ui-growl-item")).stream()
                .anyMatch(e -> e.getText().contains(texte)));
        navigateur.driver().executeScript("document.querySelectorAll('.ui-growl-item-container').forEach(e => e.remove());");
    }
}
