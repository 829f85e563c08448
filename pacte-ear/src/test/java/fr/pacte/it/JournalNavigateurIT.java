package fr.pacte.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Journal screen in Chromium: the rectorat filters by object and finds a reserve change with its author, before,
 * after and reason, then exports the selection; a DASEN sees the menu entry, an analyst neither the entry nor the
 * page. Campaign 2083-2084 is this class's own.
 */
class JournalNavigateurIT extends PacteIT {

    private static final String ANNEE = "2083-2084";
    private static final By LIGNES = By.cssSelector("[id='journal:entrees_data'] tr");

    private static Navigateur navigateur;

    @RegisterExtension
    static final Navigateur.SurveillanceNavigateur SURVEILLANCE = Navigateur.surveiller("journal", () -> navigateur);

    @BeforeAll
    static void preparer() throws Exception {
        JournalIT.sql("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES"
                + " ('" + ANNEE + "', '2083-09-01', '2084-08-31', 'PREPARATION') ON CONFLICT DO NOTHING");
        Http rectorat = http().basic("rectorat", "test");
        JournalIT.ok(rectorat.put("/api/allocations/" + ANNEE, "{\"IMP\": 10}"));
        JournalIT.ok(rectorat.put("/api/reserves/" + ANNEE + "/073", "{\"imp\": 4, \"motif\": \"Vu dans le navigateur\"}"));
        navigateur = new Navigateur(BASE);
    }

    @AfterAll
    static void fermer() {
        if (navigateur != null) {
            navigateur.close();
        }
    }

    @Test
    void theRectoratFiltersTheJournalAndExportsItsSelection() throws Exception {
        navigateur.connecter("rectorat", "test");
        navigateur.visible(By.id("menu-journal"));
        navigateur.ouvrir("/journal.xhtml");
        navigateur.choisir("journal:objet", "RESERVE");
        navigateur.saisir(By.id("journal:objet-id"), ANNEE + "/073");
        navigateur.visible(By.id("journal:filtrer")).click();
        navigateur.calme();
        navigateur.attendre(d -> navigateur.textes(LIGNES).size() == 1
                && navigateur.textes(LIGNES).get(0).contains("Vu dans le navigateur"));
        String ligne = navigateur.textes(LIGNES).get(0);
        assertTrue(ligne.contains("rectorat") && ligne.contains("RESERVE_MODIFIEE") && ligne.contains(ANNEE + "/073")
                && ligne.contains("\"imp\": 4"), ligne);

        navigateur.visible(By.id("journal:exporter")).click();
        List<String> csv = Files.readAllLines(navigateur.telecharge("journal"), StandardCharsets.UTF_8);
        assertEquals(2, csv.size(), csv.toString());
        assertTrue(csv.get(1).contains("RESERVE_MODIFIEE;RESERVE;" + ANNEE + "/073") && csv.get(1).endsWith("Vu dans le navigateur"),
                csv.get(1));
    }

    @Test
    void aDasenHasTheEntryAnAnalystNeither() {
        navigateur.connecter("dasen.073", "test");
        navigateur.visible(By.id("menu-journal"));
        navigateur.ouvrir("/journal.xhtml");
        navigateur.visible(By.id("journal:entrees"));
        assertTrue(navigateur.driver().findElements(By.id("journal:departement")).isEmpty(), "le DASEN n'a pas de choix de département");

        navigateur.connecter("analyste", "test");
        navigateur.visible(By.id("menu-statistiques"));
        assertTrue(navigateur.driver().findElements(By.id("menu-journal")).isEmpty());
        navigateur.ouvrir("/journal.xhtml");
        navigateur.visible(By.id("acces-refuse"));
    }
}
