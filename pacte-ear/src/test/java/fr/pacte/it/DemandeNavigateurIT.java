package fr.pacte.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.pacte.it.CampagneOuverteDemandes.affiche;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A conversion of IMP into décharge de service in a real browser, on the open campaign: the chef files it with a
 * PDF, the DASEN of another département does not see it, the DASEN of 038 is notified, opens it beside the
 * établissement's envelope and grants part of it with a reason; the chef is notified and sees his new décharge (one
 * test: each step needs the request the step before left, and no test relies on another's order).
 */
class DemandeNavigateurIT extends PacteIT {

    private static final String CONVERSION = "Conversion d'IMP en décharge de service";
    private static final String MOTIF = "Deux heures suffisent pour la coordination du projet";
    private static final BigDecimal DEUX = new BigDecimal("2");
    private static final By GROWL = By.cssSelector(".ui-growl-message");

    private static Navigateur navigateur;
    private static Path pdf;
    private BigDecimal impAvant;
    private BigDecimal dechargeAvant;
    private long id;

    @RegisterExtension
    static final Navigateur.SurveillanceNavigateur SURVEILLANCE = Navigateur.surveiller("demande", () -> navigateur);

    @BeforeAll
    static void preparer() throws IOException {
        CampagneOuverteDemandes.preparer(http().basic("rectorat", "test"));
        pdf = Files.createTempDirectory("pacte-demandes-").resolve("justificatif.pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        navigateur = new Navigateur(BASE);
    }

    @AfterAll
    static void fermer() throws IOException {
        if (navigateur != null) {
            navigateur.close();
        }
        if (pdf != null) {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(pdf.getParent());
        }
    }

    @Test
    void aConversionFiledWithAPdfIsPartlyGrantedByTheDasenOfItsDepartement() throws IOException {
        var enveloppe = CampagneOuverteDemandes.enveloppe(http().basic("rectorat", "test"));
        impAvant = enveloppe.getJsonNumber("imp").bigDecimalValue();
        dechargeAvant = enveloppe.getJsonNumber("dechargeHeures").bigDecimalValue();
        // what other tests left unread is marked read, so that the counts read here are this test's own
        http().basic("dasen.038", "test").postJson("/api/notifications/lues", "{}");
        http().basic("chef.0380001v", "test").postJson("/api/notifications/lues", "{}");
        theChefFilesAConversionRequestWithAPdf();
        theDasenOfAnotherDepartementDoesNotSeeIt();
        theDasenIsNotifiedAndGrantsTwoHoursWithAReason();
        theChefSeesTheDecisionAndHisNewDecharge();
        theRectoratSeesTheRequestInTheTotalsOfIsere();
    }

    private void theChefFilesAConversionRequestWithAPdf() {
        navigateur.connecter("chef.0380001v", "test");
        navigateur.visible(By.linkText("Demandes")).click();
        assertEquals(affiche(impAvant), navigateur.texte(By.id("mon-enveloppe-imp")));
        navigateur.choisir("nouvelle:nature", CONVERSION);
        navigateur.attendre(d -> d.findElement(By.id("nouvelle:unite")).getText().contains("IMP → h"));
        navigateur.saisir(By.id("nouvelle:quantite"), "3");
        navigateur.saisir(By.id("nouvelle:justification"), "Coordination du projet « Cordées de la réussite » : 3 heures");
        navigateur.driver().findElement(By.cssSelector("[id='nouvelle'] input[type='file']")).sendKeys(pdf.toString());
        navigateur.visible(By.id("nouvelle:deposer")).click();

        Matcher titre = Pattern.compile("Demande n°(\\d+) – " + CONVERSION).matcher(navigateur.texte(By.id("fiche-titre")));
        assertTrue(titre.matches(), titre.toString());
        id = Long.parseLong(titre.group(1));
        assertEquals("Déposée", navigateur.texte(By.id("fiche-etat")));
        assertEquals("3 IMP → h", navigateur.texte(By.id("fiche-quantite")));
        assertTrue(navigateur.texte(By.id("fiche:fiche-piece-jointe")).contains("justificatif.pdf"));
        assertTrue(navigateur.texte(ligne(id)).contains("Déposée"));
    }

    private void theDasenOfAnotherDepartementDoesNotSeeIt() {
        navigateur.connecter("dasen.073", "test");
        navigateur.visible(By.id("perimetre"));
        navigateur.ouvrir("/instruction.xhtml");
        navigateur.visible(By.id("liste:demandes"));
        List<String> numeros = navigateur.textes(By.cssSelector("[id='liste:demandes_data'] span.numero"));
        assertFalse(numeros.contains(String.valueOf(id)), numeros.toString());
    }

    private void theDasenIsNotifiedAndGrantsTwoHoursWithAReason() throws IOException {
        navigateur.connecter("dasen.038", "test");
        assertEquals("1", navigateur.texte(By.id("notifications-non-lues")));
        assertTrue(navigateur.texte(By.id("notifications-messages")).contains("Nouvelle demande de 0380001V : " + CONVERSION));
        navigateur.visible(By.id("notifications-lien")).click();

        navigateur.choisir("liste:nature", CONVERSION);
        navigateur.attendre(d -> {
            d.findElement(By.cssSelector("[id='liste:demandes_data'] tr[data-rk='" + id + "'] .ouvrir")).click();
            return true;
        });
        navigateur.attendre(d -> d.findElement(By.id("fiche-titre")).getText().startsWith("Demande n°" + id + " "));
        assertEquals(affiche(impAvant), navigateur.texte(By.id("fiche-enveloppe-imp")));
        assertEquals(affiche(dechargeAvant) + " h", navigateur.texte(By.id("fiche-enveloppe-decharge")));
        assertTrue(navigateur.texte(By.id("fiche-reserve")).startsWith("3 IMP"));
        navigateur.visible(By.id("liste:fiche-piece-jointe")).click();
        assertTrue(new String(Files.readAllBytes(navigateur.telecharge("justificatif")), StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));

        navigateur.visible(By.id("liste:instruire")).click();
        navigateur.attendre(d -> d.findElement(By.id("fiche-etat")).getText().equals("En instruction"));
        assertEquals("3", navigateur.visible(By.id("liste:quantite-accordee")).getAttribute("value"));
        navigateur.saisir(By.id("liste:quantite-accordee"), "2");
        navigateur.visible(By.id("liste:decider")).click();
        navigateur.attendre(d -> d.findElements(GROWL).stream().map(WebElement::getText)
                .anyMatch(t -> t.contains("Un motif est obligatoire pour une acceptation partielle")));
        assertEquals("En instruction", navigateur.texte(By.id("fiche-etat")));

        navigateur.saisir(By.id("liste:motif"), MOTIF);
        navigateur.visible(By.id("liste:decider")).click();
        navigateur.attendre(d -> d.findElement(By.id("fiche-etat")).getText().equals("Acceptée partiellement"));
        assertEquals("2 IMP → h", navigateur.texte(By.id("fiche-accorde")));
        assertEquals(MOTIF, navigateur.texte(By.id("fiche-motif")));
        assertEquals(affiche(impAvant.subtract(DEUX)), navigateur.texte(By.id("fiche-enveloppe-imp")));
        assertEquals(affiche(dechargeAvant.add(DEUX)) + " h", navigateur.texte(By.id("fiche-enveloppe-decharge")));
    }

    private void theChefSeesTheDecisionAndHisNewDecharge() {
        navigateur.connecter("chef.0380001v", "test");
        assertEquals("1", navigateur.texte(By.id("notifications-non-lues")));
        String messages = navigateur.texte(By.id("notifications-messages"));
        assertTrue(messages.contains("Demande n°" + id + " (" + CONVERSION + ") : acceptée partiellement"), messages);
        assertTrue(messages.contains(MOTIF), messages);
        navigateur.visible(By.id("notifications-lien")).click();

        String ligne = navigateur.texte(ligne(id));
        assertTrue(ligne.contains("Acceptée partiellement") && ligne.contains("2 accordé(s) – " + MOTIF), ligne);
        assertEquals(affiche(dechargeAvant.add(DEUX)) + " h", navigateur.texte(By.id("mon-enveloppe-decharge")));
        assertEquals(affiche(impAvant.subtract(DEUX)), navigateur.texte(By.id("mon-enveloppe-imp")));

        navigateur.ouvrir("/index.xhtml");
        assertEquals("0", navigateur.texte(By.id("notifications-non-lues")), "ouvrir ses demandes les marque lues");
    }

    private void theRectoratSeesTheRequestInTheTotalsOfIsere() {
        navigateur.connecter("rectorat", "test");
        navigateur.visible(By.id("perimetre"));
        assertTrue(navigateur.driver().findElements(By.id("notifications")).isEmpty());
        navigateur.visible(By.linkText("Demandes")).click();
        List<String> lignes = navigateur.textes(By.cssSelector("[id='liste:synthese_data'] > tr"));
        assertTrue(lignes.stream().anyMatch(l -> l.startsWith("038 – Isère " + CONVERSION)), lignes.toString());
        assertTrue(navigateur.texte(ligne(id)).contains("Acceptée partiellement"));
    }

    @Test
    void theDasenRefusesASelectionInOneGoAfterConfirming() {
        long premiere = CampagneOuverteDemandes.creer("IMP_SUPPLEMENTAIRES", "1", true);
        long seconde = CampagneOuverteDemandes.creer("IMP_SUPPLEMENTAIRES", "0.5", true);
        navigateur.connecter("dasen.038", "test");
        navigateur.visible(By.id("perimetre"));
        navigateur.ouvrir("/instruction.xhtml");
        navigateur.choisir("liste:etat", "Déposée");
        // the filtered table comes back by ajax: a box ticked before would be lost
        navigateur.attendre(d -> navigateur.textes(By.cssSelector("[id='liste:demandes_data'] .etat")).stream()
                .allMatch("Déposée"::equals));
        for (long demande : List.of(premiere, seconde)) {
            navigateur.attendre(d -> {
                WebElement ligne = d.findElement(By.cssSelector("[id='liste:demandes_data'] tr[data-rk='" + demande + "']"));
                if (!"true".equals(ligne.getAttribute("aria-selected"))) {
                    ligne.findElement(By.cssSelector(".ui-chkbox-box")).click();
                }
                return "true".equals(ligne.getAttribute("aria-selected"));
            });
        }
        navigateur.visible(By.xpath("//*[@id='liste:masse-decision']//*[normalize-space(text())='Refuser']")).click();
        navigateur.saisir(By.id("liste:masse-motif"), "Réserve réservée aux projets REP+");
        navigateur.visible(By.id("liste:decider-selection")).click();
        navigateur.visible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        navigateur.attendre(d -> d.findElements(GROWL).stream().map(WebElement::getText)
                .anyMatch(t -> t.contains("2 demande(s) refusée(s)")));
        Http chef = http().basic("chef.0380001v", "test");
        for (long demande : List.of(premiere, seconde)) {
            var detail = Json.objet(chef.get("/api/demandes/" + demande).body()).getJsonObject("demande");
            assertEquals("REFUSEE", detail.getString("etat"));
            assertEquals("Réserve réservée aux projets REP+", detail.getString("motifDecision"));
        }
    }

    @Test
    void theChefAttachesAPdfToADraftThenWithdrawsItAfterConfirming() {
        long brouillon = CampagneOuverteDemandes.creer("PARTS_SUPPLEMENTAIRES", "1", false);
        navigateur.connecter("chef.0380001v", "test");
        navigateur.visible(By.id("perimetre"));
        navigateur.ouvrir("/demandes.xhtml");
        navigateur.attendre(d -> {
            d.findElement(ligne(brouillon)).findElement(By.cssSelector(".joindre")).click();
            return true;
        });
        navigateur.visible(By.id("formulaire-joindre:envoyer"));
        navigateur.driver().findElement(By.cssSelector("[id='formulaire-joindre'] input[type='file']")).sendKeys(pdf.toString());
        navigateur.visible(By.id("formulaire-joindre:envoyer")).click();
        navigateur.attendre(d -> d.findElement(ligne(brouillon)).getText().contains("justificatif.pdf"));

        navigateur.attendre(d -> {
            d.findElement(ligne(brouillon)).findElement(By.cssSelector(".retirer")).click();
            return true;
        });
        navigateur.saisir(By.id("formulaire-retrait:commentaire"), "Projet reporté à l'an prochain");
        navigateur.visible(By.id("formulaire-retrait:confirmer-retrait")).click();
        navigateur.attendre(d -> d.findElement(ligne(brouillon)).getText().contains("Retirée"));
        assertTrue(navigateur.texte(By.id("fiche-etapes")).contains("« Projet reporté à l'an prochain »"));
    }

    private static By ligne(long demande) {
        return By.xpath("//tbody[@id='liste:demandes_data']/tr[.//span[@class='numero' and text()='" + demande + "']]");
    }
}
