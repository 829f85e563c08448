package fr.pacte.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chef of the collège Olympe-de-Gouges (0387001D, an envelope of 2 parts on campaign 2050-2051) attributes an RCD
 * on his répartition page and sees the envelope left go down, then signs the lettre de mission and downloads it; an attribution beyond it is refused with the rule's
 * own message, the one the API gives for the same data; he marks a volunteer, records hours done, redeploys the
 * hours not done to another teacher's mission, cancels after confirming, and records the dates of the conseils.
 */
class RepartitionNavigateurIT extends PacteIT {

    private static final String ANNEE = "2050-2051";
    private static final String UAI = "0387001D";
    private static final String PAGE = "/repartition.xhtml?annee=" + ANNEE;
    private static final By RESTE_PARTS = By.id("reste-parts");
    private static final By REFUS = By.cssSelector("#refus li.refus");
    private static final String RCD = ligne("Remplacement de courte durée");

    private static Navigateur navigateur;

    @RegisterExtension
    static final Navigateur.SurveillanceNavigateur SURVEILLANCE = Navigateur.surveiller("repartition", () -> navigateur);

    @BeforeAll
    static void preparer() {
        EnveloppesSuivi.publier(ANNEE, UAI, 2, 0);
        navigateur = new Navigateur(BASE);
        navigateur.connecter("chef.0387001d", "test");
        navigateur.visible(By.id("perimetre"));
    }

    @AfterAll
    static void fermer() {
        if (navigateur != null) {
            navigateur.close();
        }
    }

    /** The envelope's story, step by step: each step finds what the one before left (no test relies on another's order). */
    @Test
    void theChefAttributesWithinHisEnvelopeRecordsHoursRedeploysAndCancels() throws java.io.IOException {
        theChefSeesHisEnvelopeAndTheMissionsToFillWithRcdFirst();
        theChefAttributesAnRcdAndTheEnvelopeLeftGoesDownThenSignsAndDownloadsTheLetter();
        anAttributionBeyondTheEnvelopeIsRefusedWithTheRuleOfTheApi();
        theChefRecordsHoursDoneAndRedeploysTheHoursNotDone();
        theChefCancelsTheRcdAfterConfirmingAndGetsHisPartBack();
    }

    private void theChefSeesHisEnvelopeAndTheMissionsToFillWithRcdFirst() {
        navigateur.ouvrir(PAGE);
        assertTrue(navigateur.texte(By.id("etablissement-titre")).startsWith(UAI + " – Collège Olympe-de-Gouges"));
        assertEquals("2", navigateur.texte(RESTE_PARTS));
        List<String> missions = navigateur.textes(By.cssSelector("[id$='missions_data'] > tr"));
        assertTrue(missions.get(0).contains("Prioritaire") && missions.get(0).contains("Remplacement de courte durée"), missions.toString());
        // the second degré, plus the 6e missions a collège gives to professeurs des écoles (seeds 001/002)
        assertTrue(missions.stream().noneMatch(m -> m.contains("LP-") || m.contains("P1-") && !m.contains("-6E")),
                "only the second degré and the 6e missions in a collège: " + missions);
    }

    private void theChefAttributesAnRcdAndTheEnvelopeLeftGoesDownThenSignsAndDownloadsTheLetter() throws java.io.IOException {
        navigateur.ouvrir(PAGE);
        navigateur.choisir("attribution:mission", "P2-RCD – Remplacement de courte durée");
        navigateur.attendre(d -> d.findElement(By.id("attribution:quantum")).getText().contains("18 h par part"));
        assertEquals("18", navigateur.visible(By.id("attribution:heures")).getAttribute("value"));
        navigateur.choisirCommencantPar("attribution:personnel", "Bernard Élodie (SUI0000000001)");
        navigateur.visible(By.id("attribution:attribuer")).click();

        navigateur.attendre(d -> d.findElement(RESTE_PARTS).getText().equals("1"));
        String ligne = navigateur.texte(By.cssSelector("[id='liste-attributions:attributions_data'] > tr"));
        assertTrue(ligne.contains("Bernard Élodie") && ligne.contains("Remplacement de courte durée"), ligne);
        assertEquals("1.0", BaseDeTest.valeur("SELECT sum(parts) FROM mission.attribution WHERE annee_scolaire = '"
                + ANNEE + "' AND uai = '" + UAI + "' AND NOT annulee"));

        signerEtTelechargerLaLettre("SUI0000000001", "Mme Élodie Bernard", "Remplacement");
    }

    /** From the attribution to the letter: the chef signs it on lettres.xhtml, then downloads its PDF. */
    private static void signerEtTelechargerLaLettre(String identifiant, String agent, String mission) throws java.io.IOException {
        String ligne = LettresDeTest.signerALEcran(navigateur, ANNEE, identifiant);
        navigateur.visible(By.xpath(ligne + "//button[substring(@id, string-length(@id) - 3) = ':pdf']")).click();
        byte[] pdf = java.nio.file.Files.readAllBytes(navigateur.telecharge("lettre-mission-" + ANNEE + "-" + UAI + "-" + identifiant));
        String texte = LettresDeTest.texte(pdf);
        assertTrue(texte.contains(agent) && texte.contains(mission), texte);
    }

    private void anAttributionBeyondTheEnvelopeIsRefusedWithTheRuleOfTheApi() {
        navigateur.ouvrir(PAGE);
        navigateur.choisir("attribution:mission", "P2-DEVOIRS-FAITS – Intervention dans le dispositif Devoirs faits au collège");
        navigateur.attendre(d -> d.findElement(By.id("attribution:quantum")).getText().contains("24 h par part"));
        navigateur.choisirCommencantPar("attribution:personnel", "Caron Théo (SUI0000000002)");
        // the personnel's menu closes with an animation over the field: type again until the field takes it;
        // the text is selected then replaced, as clear() would send a change of its own
        navigateur.attendre(d -> {
            d.findElement(By.id("attribution:parts")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
            return true;
        });
        navigateur.attendre(d -> "48".equals(d.findElement(By.id("attribution:heures")).getAttribute("value")));
        navigateur.visible(By.id("attribution:attribuer")).click();

        String attendu = "enveloppe dépassée : 1 part(s) restante(s) à " + UAI;
        navigateur.attendre(d -> d.findElements(REFUS).stream().map(WebElement::getText).anyMatch(attendu::equals));
        navigateur.attendre(d -> d.findElements(By.cssSelector(".ui-growl-message")).stream()
                .anyMatch(g -> g.getText().contains(attendu)));
        assertEquals("1", navigateur.texte(RESTE_PARTS));

        HttpResponse<String> api = http().basic("chef.0387001d", "test").postJson("/api/attributions",
                EnveloppesSuivi.pacte(ANNEE, UAI, "SUI0000000002", "P2-DEVOIRS-FAITS", "2", "48"));
        assertEquals(422, api.statusCode(), api.body());
        assertEquals(attendu, Json.objet(api.body()).getJsonArray("erreurs").getJsonObject(0).getString("regle"));
    }

    @Test
    void theChefMarksAVolunteer() {
        navigateur.ouvrir(PAGE);
        By caron = By.xpath("//tbody[@id='volontaires:personnels_data']/tr[contains(., 'SUI0000000002')]");
        assertEquals("—", navigateur.visible(caron).findElement(By.cssSelector(".volontaire")).getText());
        navigateur.visible(caron).findElement(By.cssSelector(".basculer")).click();
        navigateur.attendre(d -> d.findElement(caron).findElement(By.cssSelector(".volontaire")).getText().equals("Oui"));
        assertEquals("1", BaseDeTest.valeur("SELECT count(*) FROM mission.volontaire WHERE annee_scolaire = '" + ANNEE
                + "' AND identifiant = 'SUI0000000002'"));
    }

    private void theChefRecordsHoursDoneAndRedeploysTheHoursNotDone() {
        assertEquals(201, http().basic("chef.0387001d", "test").postJson("/api/attributions",
                EnveloppesSuivi.pacte(ANNEE, UAI, "SUI0000000001", "P2-DEVOIRS-FAITS", "1", "24")).statusCode());
        navigateur.ouvrir(PAGE);
        assertEquals("0", navigateur.texte(RESTE_PARTS));
        navigateur.visible(By.xpath(RCD + "//button[contains(@class, 'relever')]")).click();
        navigateur.saisir(By.id("dlg-heures:faites"), "10");
        navigateur.visible(By.id("dlg-heures:enregistrer-heures")).click();
        navigateur.attendre(d -> d.findElement(By.xpath(RCD + "//span[@class='heures-faites']")).getText().equals("10"));

        navigateur.visible(By.xpath(RCD + "//button[contains(@class, 'redeployer')]")).click();
        navigateur.choisir("dlg-redeploiement:cible",
                "Bernard Élodie – Intervention dans le dispositif Devoirs faits au collège (24 h)");
        assertEquals("8", navigateur.visible(By.id("dlg-redeploiement:heures-redeployees")).getAttribute("value"));
        navigateur.visible(By.id("dlg-redeploiement:confirmer-redeploiement")).click();
        navigateur.attendre(d -> d.findElement(By.xpath(RCD + "//span[@class='heures-prevues']")).getText().equals("10"));
        assertEquals("32", navigateur.texte(By.xpath(ligne("Devoirs faits") + "//span[@class='heures-prevues']")));
        assertEquals("0", navigateur.texte(RESTE_PARTS), "a redéploiement moves hours, not parts");
    }

    private void theChefCancelsTheRcdAfterConfirmingAndGetsHisPartBack() {
        navigateur.ouvrir(PAGE);
        navigateur.visible(By.xpath(RCD + "//button[contains(@class, 'annuler')]")).click();
        navigateur.visible(By.id("dlg-annulation:confirmer-annulation")).click();
        navigateur.attendre(d -> d.findElement(RESTE_PARTS).getText().equals("1"));
        navigateur.attendre(d -> d.findElement(By.xpath(RCD)).getText().contains("Annulée"));
    }

    @Test
    void theChefRecordsTheDatesOfTheConseils() {
        navigateur.ouvrir(PAGE);
        date("conseils:pedagogique_input", "12/03/2050");
        date("conseils:administration_input", "26/03/2050");
        String enregistrees = "SELECT count(*) FROM mission.conseils WHERE annee_scolaire = '" + ANNEE + "' AND uai = '" + UAI
                + "' AND conseil_pedagogique = '2050-03-12' AND conseil_administration = '2050-03-26'";
        // saving twice changes nothing: click again if a closing calendar took the first click
        navigateur.attendre(d -> {
            if (!"1".equals(BaseDeTest.valeur(enregistrees))) {
                d.findElement(By.id("conseils:enregistrer-conseils")).click();
            }
            return "1".equals(BaseDeTest.valeur(enregistrees));
        });
        navigateur.ouvrir(PAGE);
        assertEquals("26/03/2050", navigateur.visible(By.id("conseils:administration_input")).getAttribute("value"));
    }

    /** Types a date until the field shows it: under load the calendar of the field before may still take the keys. */
    private static void date(String id, String valeur) {
        navigateur.attendre(d -> {
            WebElement champ = d.findElement(By.id(id));
            if (!valeur.equals(champ.getAttribute("value"))) {
                champ.sendKeys(Keys.chord(Keys.CONTROL, "a"), valeur, Keys.ESCAPE);
            }
            return valeur.equals(champ.getAttribute("value"));
        });
    }

    private static String ligne(String mission) {
        return "//tbody[@id='liste-attributions:attributions_data']/tr[contains(., '" + mission + "')]";
    }
}
