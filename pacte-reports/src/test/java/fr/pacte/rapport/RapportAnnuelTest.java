package fr.pacte.rapport;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RapportAnnuelTest {

    private final RapportsPacte rapports = new RapportsPacte(RenduRapport.partage(),
            Clock.fixed(Instant.parse("2057-03-01T10:00:00Z"), FormatFrancais.FUSEAU));

    @Test
    void titlePageTableOfContentsTablesChartAndDefinitions() throws Exception {
        TableauRapport sexe = new TableauRapport("T01", "Personnels ayant au moins une mission selon le sexe",
                "Effectif : personnels affectés.", List.of("Sexe", "Effectif", "Bénéficiaires", "Part (%)"),
                List.of(List.of("Femmes", "147", "76", "51,7"), List.of("Hommes", "s", "s", "s"),
                        List.of("Ensemble", "246", "125", "50,8")),
                new Graphique("Part des bénéficiaires (%)", List.of("Femmes", "Hommes"), Arrays.asList(51.7, null), "%"));
        List<String> mois = List.of("Mois", "sept.", "oct.", "nov.", "déc.", "janv.", "févr.", "mars", "avr.", "mai",
                "juin", "juil.", "août", "Total (€)");
        TableauRapport large = new TableauRapport("T11", "Montants versés selon le mois", "Échéances.", mois,
                List.of(List.of("038 Isère", "0,00", "1 234 567,89", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")),
                null);
        byte[] pdf = rapports.rapportAnnuelPdf("Missions du Pacte et IMP – campagne 2056-2057", "Académie de test",
                "Secret statistique : s.", List.of(sexe, large));
        String texte = Pdfs.texte(pdf);
        assertTrue(texte.contains("Sommaire"), texte);
        assertTrue(texte.contains("T01 – Personnels ayant au moins une mission selon le sexe ..... page 2"), texte);
        assertTrue(texte.contains("T11 – Montants versés selon le mois ..... page 3"), texte);
        assertTrue(texte.contains("Femmes 147 76 51,7"), texte);
        assertTrue(texte.contains("Hommes s s s"), texte);
        assertTrue(texte.contains("1 234 567,89"), texte);
        assertTrue(texte.contains("Définitions et sources"), texte);
    }

    @Test
    void chartsAreVectorPathsAndTextNotAnImage() throws Exception {
        TableauRapport sexe = new TableauRapport("T01", "Personnels ayant au moins une mission selon le sexe",
                "Effectif : personnels affectés.", List.of("Sexe", "Effectif", "Bénéficiaires", "Part (%)"),
                List.of(List.of("Femmes", "147", "76", "51,7"), List.of("Hommes", "s", "s", "s"),
                        List.of("Non renseigné", "12", "0", "—"), List.of("Ensemble", "246", "125", "50,8")),
                new Graphique("Part des bénéficiaires (%)", List.of("Femmes", "Hommes", "Non renseigné"),
                        Arrays.asList(51.7, null, Double.NaN), "%"));
        TableauRapport montants = new TableauRapport("T11", "Montants versés selon le département", "Échéances.",
                List.of("Département", "Montant (€)"), List.of(List.of("038 Isère", "1 234 567,89")),
                new Graphique("Montant versé (€)", List.of("038 Isère"), List.of(1234567.89), "€"));

        byte[] pdf = rapports.rapportAnnuelPdf("Rapport", null, "", List.of(sexe, montants));

        for (int page : List.of(2, 3)) {
            Pdfs.Dessin dessin = Pdfs.dessin(pdf, page, 0x000091);
            assertEquals(0, dessin.images(), "page " + page + " : graphique matriciel");
            // one bar per defined value: none for the masked cell nor for the value sans objet
            assertEquals(1, dessin.remplissagesDansFormulaires(), "page " + page + " : barres vectorielles");
            for (PDFont police : dessin.polices()) {
                assertTrue(police.getName().contains("DejaVuSans") && police.isEmbedded(),
                        "page " + page + " : " + police.getName());
            }
        }
        String texte = Pdfs.texteLu(pdf);
        assertTrue(texte.contains("Part des bénéficiaires (%) Femmes 51,7 % Hommes s Non renseigné —"), texte);
        assertTrue(texte.contains("Montant versé (€) 038 Isère 1 234 567,9 €"), texte);
    }

    /** Read in the filled report, which the PDF and any other exporter draw from: cells and their positions. */
    @Test
    void tablesEndWithTheirLastColumn() {
        List<TableauRapport> tableaux = new ArrayList<>();
        // 3, 5 and 8 value columns leave 1, 2 and 5 columns of their layout (4, 7, 13) unused; 13 fills its own
        for (int colonnes : List.of(3, 5, 8, 13)) {
            List<String> entetes = new ArrayList<>(List.of("Libellé"));
            List<String> ligne = new ArrayList<>(List.of("Ensemble"));
            for (int c = 1; c <= colonnes; c++) {
                entetes.add("C" + c);
                ligne.add(String.valueOf(c));
            }
            tableaux.add(new TableauRapport("T" + colonnes, colonnes + " colonnes", null, entetes, List.of(ligne),
                    null));
        }

        JasperPrint impression = rapports.rapportAnnuel("Rapport", null, "", tableaux);

        Map<Integer, Integer> largeurs = Map.of(3, 402 + 3 * 100, 5, 242 + 5 * 80, 8, 126 + 8 * 52, 13, 802);
        int tableauxVus = 0;
        for (JRPrintPage page : impression.getPages()) {
            for (JRPrintElement element : page.getElements()) {
                if (!(element instanceof JRPrintFrame cadre)) {
                    continue;
                }
                List<String> cellules = cadre.getElements().stream().map(e -> ((JRPrintText) e).getFullText())
                        .toList();
                int colonnes = cellules.size() - 1;
                assertTrue(cellules.stream().noneMatch(c -> c == null || c.isBlank()), "cellule vide : " + cellules);
                JRPrintElement derniere = cadre.getElements().get(colonnes);
                assertEquals(largeurs.get(colonnes), derniere.getX() + derniere.getWidth(), cellules.toString());
                tableauxVus++;
            }
        }
        // header and row of each table
        assertEquals(8, tableauxVus);
    }
}
