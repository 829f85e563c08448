package fr.pacte.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class ListeEtablissementsTest {

    /** 5 janvier 2026, 9 h 30 à Paris. */
    private static final Clock HORLOGE = Clock.fixed(Instant.parse("2026-01-05T08:30:00Z"), FormatFrancais.FUSEAU);

    private static final List<LigneEtablissementRapport> LIGNES = List.of(
            new LigneEtablissementRapport("0383242X", "LP", "Lycée professionnel Françoise-Dolto",
                    "Saint-Étienne-de-Saint-Geoirs", "Isère", "Public", "REP+"),
            new LigneEtablissementRapport("0731234A", "CLG", "Collège « Cœur de Savoie »",
                    "Montmélian", "Savoie", "Privé", ""),
            new LigneEtablissementRapport("0380001B", "ECOLE", "Dotation 1 250,00 €",
                    "<script>alert(1)</script>", "Isère", "Public", "REP"),
            new LigneEtablissementRapport("0380002C", "LYC", "=HYPERLINK(\"http://x\")",
                    "Grenoble", "Isère", "Public", null));

    private final RapportsPacte rapports = new RapportsPacte(new RenduRapport(), HORLOGE);

    @Test
    void imprimeLesTextesTelsQuels() throws Exception {
        String texte = Pdfs.texte(rapports.listeEtablissementsPdf("Filtre : Isère, « public »", LIGNES));

        for (String attendu : List.of("Établissements de l'académie", "Filtre : Isère, « public »",
                "UAI", "Nature", "Dénomination", "Commune", "Département", "Secteur", "EP",
                "Lycée professionnel Françoise-Dolto", "Saint-Étienne-de-Saint-Geoirs", "Cœur de Savoie",
                "Collège « Cœur de Savoie »", "Montmélian", "Privé", "REP+", "1 250,00 €",
                "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")",
                "Édité le 05/01/2026 à 09:30", "Page 1 / 1", "Nombre d'établissements : 4")) {
            assertTrue(texte.contains(attendu), () -> "« " + attendu + " » absent du PDF :\n" + texte);
        }
    }

    @Test
    void sansSousTitre() throws Exception {
        String texte = Pdfs.texte(rapports.listeEtablissementsPdf(null, List.of()));

        assertTrue(texte.contains("Établissements de l'académie"), texte);
        assertTrue(texte.contains("Nombre d'établissements : 0"), texte);
        assertFalse(texte.contains("null"), texte);
    }

    @Test
    void embarqueDejaVuSans() throws Exception {
        List<PDFont> polices = Pdfs.polices(rapports.listeEtablissementsPdf("Filtre", LIGNES));

        assertFalse(polices.isEmpty());
        for (PDFont police : polices) {
            assertTrue(police.isEmbedded(), () -> police.getName() + " n'est pas embarquée");
            assertTrue(police.getName().contains("DejaVu"), () -> police.getName() + " n'est pas DejaVu");
        }
    }

    @Test
    void longueListeSurPlusieursPages() throws Exception {
        List<String> pages = Pdfs.textesParPage(rapports.listeEtablissementsPdf("Toute l'académie", lignes(300)));

        assertTrue(pages.size() > 3, "pages : " + pages.size());
        assertTrue(pages.get(0).contains("Page 1 / "), pages.get(0));
        assertPiedDePageSurChaquePage(pages);
        assertTrue(pages.get(pages.size() - 1).contains("Nombre d'établissements : 300"));
    }

    @Test
    void recapitulatifSeulSurLaDernierePage() throws Exception {
        // 60 lignes remplissent exactement deux pages : le nombre d'établissements passe seul sur la troisième.
        List<String> pages = Pdfs.textesParPage(rapports.listeEtablissementsPdf("Toute l'académie", lignes(60)));

        assertEquals(3, pages.size());
        assertPiedDePageSurChaquePage(pages);
        assertTrue(pages.get(2).contains("Nombre d'établissements : 60"), pages.get(2));
    }

    private static void assertPiedDePageSurChaquePage(List<String> pages) {
        for (int i = 0; i < pages.size(); i++) {
            String attendu = "Page " + (i + 1) + " / " + pages.size();
            String texte = pages.get(i);
            assertTrue(texte.contains(attendu), () -> attendu + " absent :\n" + texte);
            assertTrue(texte.contains("Édité le 05/01/2026 à 09:30"), texte);
        }
    }

    @Test
    void mesureLesTempsDeRendu() {
        RapportsPacte neuf = new RapportsPacte(new RenduRapport(), HORLOGE);
        List<LigneEtablissementRapport> lignes = lignes(40);

        long debut = System.nanoTime();
        neuf.listeEtablissementsPdf("Mesure", lignes);
        long premier = System.nanoTime() - debut;
        debut = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            neuf.listeEtablissementsPdf("Mesure", lignes);
        }
        long dix = System.nanoTime() - debut;

        System.out.printf("liste-etablissements (40 lignes) : premier rendu %d ms (compilation comprise), "
                + "10 suivants %d ms (%d ms chacun)%n", premier / 1_000_000, dix / 1_000_000, dix / 10_000_000);
    }

    private static List<LigneEtablissementRapport> lignes(int nombre) {
        List<LigneEtablissementRapport> lignes = new ArrayList<>();
        for (int i = 0; i < nombre; i++) {
            lignes.add(new LigneEtablissementRapport(String.format("038%04dZ", i), "CLG",
                    "Collège n° " + i, "Grenoble", "Isère", i % 3 == 0 ? "Privé" : "Public", i % 5 == 0 ? "REP" : ""));
        }
        return lignes;
    }
}
