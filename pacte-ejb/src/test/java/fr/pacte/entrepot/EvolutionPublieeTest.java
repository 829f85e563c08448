package fr.pacte.entrepot;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * T16 copies the headline cells of the report's other tables, N and N-1, with their masks (issue 18, point 4): it
 * can neither publish a cell the linked set masks nor mask one it publishes.
 */
class EvolutionPublieeTest {

    /** A published table: {@code null} values are masked cells. */
    private static TableauStatistique t(String code, List<String> colonnes, Object[]... lignes) {
        List<Colonne> cols = colonnes.stream().map(c -> c.endsWith("(%)") ? Colonne.derivee(c, Colonne.Format.TAUX, 0)
                : Colonne.additive(c, Colonne.Format.NOMBRE)).toList();
        List<LigneStatistique> ls = new ArrayList<>();
        for (Object[] l : lignes) {
            List<BigDecimal> v = Arrays.stream(l, 1, l.length)
                    .map(x -> x == null || x.equals("s") ? null : new BigDecimal(x.toString())).toList();
            ls.add(new LigneStatistique((String) l[0], v, l[0].equals("Ensemble")));
        }
        return new TableauStatistique(code, code, "", "", cols, ls);
    }

    private static List<TableauStatistique> rapport(Object effectif, Object beneficiaires, Object decharges) {
        return List.of(
                t("T01", List.of("Effectif", "Bénéficiaires", "Part (%)", "Bénéficiaires Pacte", "Bénéficiaires IMP"),
                        new Object[]{"Ensemble", effectif, beneficiaires, beneficiaires == null ? null : "25.0", 30, 20}),
                t("T08", List.of("Missions", "Parts"), new Object[]{"Ensemble", 90, 120}),
                decharges == null
                        ? t("T09", List.of("Missions IMP", "Part des missions IMP (%)"), new Object[]{"Ensemble", 40, 100})
                        : t("T09", List.of("Missions IMP", "Part des missions IMP (%)"), new Object[]{"Ensemble", 40, 100},
                                new Object[]{"En décharge de service", decharges, decharges.equals("s") ? null : "10.0"}),
                t("T10", List.of("Montant engagé (€)"), new Object[]{"Ensemble", 50000}),
                t("T12", List.of("Montant perçu (€)"), new Object[]{"Ensemble", 8000}),
                t("T17", List.of("Lettre signée"), new Object[]{"Ensemble", 35}));
    }

    private static LigneStatistique ligne(TableauStatistique t, String libelle) {
        return t.lignes().stream().filter(l -> l.libelle().equals(libelle)).findFirst().orElseThrow();
    }

    @Test
    void eachFigureIsTheCellOfItsTableInBothYearsAndTheEvolutionIsComputedFromThem() {
        TableauStatistique t16 = EvolutionPubliee.tableau("2056-2057", "2055-2056",
                rapport(200, 50, 4), rapport(160, 40, 4));
        assertEquals(List.of("2055-2056", "2056-2057", "Évolution (%)"),
                t16.colonnes().stream().map(Colonne::libelle).toList());
        assertEquals(List.of("Personnels", "160,0", "200,0", "25,0"), t16.texte().get(0));
        assertEquals(List.of("Bénéficiaires d'au moins une mission", "40,0", "50,0", "25,0"), t16.texte().get(1));
        assertEquals(List.of("Missions IMP en décharge", "4,0", "4,0", "0,0"),
                t16.texte().get(8), "la ligne « En décharge de service » de T09");
        assertEquals(0, t16.cellulesMasquees());
    }

    @Test
    void aCellMaskedInItsTableIsMaskedInT16AndSoIsTheEvolution() {
        // N's T01 masks its beneficiaries (secondary suppression of the linked set): T16 must not show them
        TableauStatistique t16 = EvolutionPubliee.tableau("2056-2057", "2055-2056",
                rapport(200, null, 4), rapport(160, 40, "s"));
        LigneStatistique beneficiaires = ligne(t16, "Bénéficiaires d'au moins une mission");
        assertEquals(List.of("Bénéficiaires d'au moins une mission", "40,0", "s", "s"), t16.texte().get(1));
        assertTrue(beneficiaires.masquee(1) && beneficiaires.masquee(2));
        assertEquals(List.of("Missions IMP en décharge", "s", "4,0", "s"), t16.texte().get(8),
                "masquée en N-1 : masquée dans la colonne N-1 et dans l'évolution");
        assertEquals(List.of("Part des missions IMP en décharge (%)", "s", "10,0", "s"), t16.texte().get(9));
    }

    @Test
    void anAbsentRowIsZeroForACountAndNotApplicableForARate() {
        // no IMP in décharge either year: T09 has no such row, the reader reads 0 there already
        TableauStatistique t16 = EvolutionPubliee.tableau("2056-2057", "2055-2056",
                rapport(200, 50, null), rapport(160, 40, null));
        assertEquals(List.of("Missions IMP en décharge", "0,0", "0,0", "—"), t16.texte().get(8));
        assertEquals(List.of("Part des missions IMP en décharge (%)", "—", "—", "—"), t16.texte().get(9));
        assertFalse(ligne(t16, "Missions IMP en décharge").masquee(2), "sans objet, pas secret");
    }

    @Test
    void withoutThePreviousYearOrItsSliceTheColumnIsNotApplicable() {
        TableauStatistique seule = EvolutionPubliee.tableau("2056-2057", null, rapport(200, 50, 4), null);
        assertEquals(List.of("Personnels", "200,0"), seule.texte().get(0));
        TableauStatistique sansTranche = EvolutionPubliee.tableau("2056-2057", "2055-2056", rapport(200, 50, 4), null);
        assertEquals(List.of("Personnels", "—", "200,0", "—"), sansTranche.texte().get(0),
                "un département sans établissement en N-1");
    }

    @Test
    void aReportWithoutASourceTableIsAFaultNotAZero() {
        assertThrows(IllegalStateException.class, () -> EvolutionPubliee.tableau("2056-2057", null,
                rapport(200, 50, 4).subList(0, 2), null));
    }
}
