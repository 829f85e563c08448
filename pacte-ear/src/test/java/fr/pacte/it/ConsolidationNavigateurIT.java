package fr.pacte.it;

import fr.pacte.commun.tableur.LecteurTableau;
import fr.pacte.commun.tableur.Ligne;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rectorat's consolidated view of campaign 2053-2054 (reserved to this class: an RCD in the collège 0387001D,
 * options in the LP 0387002E): totals, a filter, the XLSX export of the selection; the DASEN of Savoie sees nothing
 * of Isère.
 */
class ConsolidationNavigateurIT extends PacteIT {

    private static final String ANNEE = "2053-2054";
    private static final List<String> COLONNES = List.of("annee_scolaire", "departement", "uai", "etablissement", "nature",
            "education_prioritaire", "identifiant", "nom", "prenom", "dispositif", "code_mission", "mission", "parts",
            "taux_imp", "unites_imp", "heures", "heures_faites", "modalite", "date_debut", "date_fin");

    private static Navigateur navigateur;

    @RegisterExtension
    static final Navigateur.SurveillanceNavigateur SURVEILLANCE = Navigateur.surveiller("consolidation", () -> navigateur);

    @BeforeAll
    static void preparer() {
        EnveloppesSuivi.publier(ANNEE, "0387001D", 2, 0, "0387002E", 2, 0);
        Http rectorat = http().basic("rectorat", "test");
        assertEquals(201, rectorat.postJson("/api/attributions",
                EnveloppesSuivi.pacte(ANNEE, "0387001D", "SUI0000000001", "P2-RCD", "1", "18")).statusCode());
        assertEquals(201, rectorat.postJson("/api/attributions",
                EnveloppesSuivi.pacte(ANNEE, "0387002E", "SUI0000000004", "LP-OPTIONS", "2", "48")).statusCode());
        navigateur = new Navigateur(BASE);
    }

    @AfterAll
    static void fermer() {
        if (navigateur != null) {
            navigateur.close();
        }
    }

    @Test
    void theRectoratFiltersTheMissionsAndExportsThemAsXlsx() throws IOException {
        navigateur.connecter("rectorat", "test");
        navigateur.visible(By.id("perimetre"));
        navigateur.ouvrir("/consolidation.xhtml");
        navigateur.choisirCampagne("consolidation", ANNEE);
        navigateur.attendre(d -> d.findElement(By.id("total-attributions")).getText().equals("2"));
        assertEquals("3", navigateur.texte(By.id("total-parts")));

        navigateur.choisir("consolidation:nature", "LP");
        navigateur.attendre(d -> d.findElement(By.id("total-attributions")).getText().equals("1"));
        assertEquals("2", navigateur.texte(By.id("total-parts")));
        String ligne = navigateur.texte(By.cssSelector("[id='consolidation:missions_data'] > tr"));
        assertTrue(ligne.contains("Fabre Mathis") && ligne.contains("LP-OPTIONS"), ligne);

        navigateur.visible(By.id("consolidation:exporter")).click();
        byte[] xlsx = Files.readAllBytes(navigateur.telecharge("missions-" + ANNEE));
        List<Ligne> lignes = LecteurTableau.lire(xlsx, "missions.xlsx", COLONNES)
                .lignes();
        assertEquals(1, lignes.size());
        assertEquals("0387002E", lignes.get(0).valeur("uai"));
        assertEquals("SUI0000000004", lignes.get(0).valeur("identifiant"));
        assertEquals("2", lignes.get(0).valeur("parts"));
    }

    @Test
    void aDasenSeesOnlyHisDepartement() {
        navigateur.connecter("dasen.073", "test");
        navigateur.visible(By.id("perimetre"));
        navigateur.ouvrir("/consolidation.xhtml");
        navigateur.choisirCampagne("consolidation", ANNEE);
        navigateur.attendre(d -> d.findElement(By.id("total-attributions")).getText().equals("0"));
        assertEquals(0, navigateur.driver().findElements(By.id("consolidation:departement")).size(), "no département to choose");
    }
}
