package fr.pacte.entrepot;

import fr.pacte.entrepot.exploration.Croisement;
import fr.pacte.entrepot.exploration.Dimension;
import fr.pacte.entrepot.exploration.Mesure;
import fr.pacte.entrepot.exploration.Pivot;
import fr.pacte.entrepot.exploration.Question;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, point 4: a pivot cell that adds up report cells, one of which the report masks, is masked in the
 * exploration — else « missions by discipline » less T20's published rows of that discipline gives the masked one.
 */
class MasquesDuRapportTest {

    private static final Map<String, String> CATALOGUE = Map.of("IMP-COORD", "IMP – Coordination",
            "IMP-REF", "IMP – Référent", "P2-RCD", "Pacte – Remplacement de courte durée");

    /** T20: Anglais × IMP-COORD masked (3 missions), its other rows and T08, T07 published. */
    private static MasquesDuRapport rapport() {
        MasquesDuRapport m = new MasquesDuRapport(CATALOGUE);
        m.ajouter("T20", null, null, "Anglais – IMP-COORD", "Missions", true);
        m.ajouter("T20", null, null, "Anglais – P2-RCD", "Missions", false);
        m.ajouter("T20", null, null, "Anglais – IMP-REF", "Missions", false);
        m.ajouter("T20", null, null, "Histoire – IMP-COORD", "Missions", false);
        m.ajouter("T08", null, null, "IMP-COORD", "Missions", false);
        m.ajouter("T07", null, null, "IMP – Coordination", "Missions", false);
        m.ajouter("T07", null, null, "Pacte – Remplacement de courte durée", "Missions", false);
        m.ajouter("T07", null, null, SensDesCellules.ENSEMBLE, "Missions", false);
        // a slice's masked beneficiaries below T01's published total
        m.ajouter("T08", "departement", "038 Isère", "IMP-REF", "Bénéficiaires", true);
        m.ajouter("T01", null, null, SensDesCellules.ENSEMBLE, "Bénéficiaires", false);
        m.ajouter("T01", null, null, SensDesCellules.ENSEMBLE, "Bénéficiaires IMP", false);
        return m;
    }

    private static String cle(Map<Dimension, String> valeurs) {
        return SensDesCellules.cle(Mesure.MISSIONS, Population.DEPP, valeurs);
    }

    @Test
    void aSumOfReportCellsIsMaskedWhenOneOfThemIsAndAReportCellKeepsTheReportsMask() {
        MasquesDuRapport m = rapport();
        // the sums the report does not publish: by discipline, discipline × catégorie, discipline × dispositif
        assertTrue(m.imposee(cle(Map.of(Dimension.DISCIPLINE, "Anglais"))));
        assertTrue(m.imposee(cle(Map.of(Dimension.DISCIPLINE, "Anglais", Dimension.CATEGORIE_MISSION, "COORDINATION"))));
        assertTrue(m.imposee(cle(Map.of(Dimension.DISCIPLINE, "Anglais", Dimension.DISPOSITIF, "IMP"))));
        // the masked cell itself, wherever a pivot shows it
        assertTrue(m.imposee(cle(Map.of(Dimension.DISCIPLINE, "Anglais", Dimension.MISSION, "IMP-COORD"))));
        // nothing masked below: Histoire, Anglais' Pacte missions
        assertFalse(m.imposee(cle(Map.of(Dimension.DISCIPLINE, "Histoire"))));
        assertFalse(m.imposee(cle(Map.of(Dimension.DISCIPLINE, "Anglais", Dimension.DISPOSITIF, "PACTE"))));
        // the report's own cells above it are the report's: T08's IMP-COORD, T07's row, the total stay published
        assertFalse(m.imposee(cle(Map.of(Dimension.MISSION, "IMP-COORD"))));
        assertFalse(m.imposee(cle(Map.of(Dimension.DISPOSITIF, "IMP", Dimension.CATEGORIE_MISSION, "COORDINATION"))));
        assertFalse(m.imposee(cle(Map.of())));
        // beneficiaries of IMP-REF (here no unfiltered T08 row): masked in one slice, their sum is not published…
        assertTrue(m.imposee(SensDesCellules.cle(Mesure.BENEFICIAIRES, Population.DEPP, Map.of(Dimension.MISSION, "IMP-REF"))));
        // …but T01's totals are the report's own cells
        assertFalse(m.imposee(SensDesCellules.cle(Mesure.BENEFICIAIRES, Population.DEPP, Map.of())));
        assertFalse(m.imposee(SensDesCellules.cle(Mesure.BENEFICIAIRES, Population.DEPP, Map.of(Dimension.DISPOSITIF, "IMP"))));
    }

    /** The attack the rule stops: the margin by discipline, published, less T20's two published rows. */
    @Test
    void thePivotByDisciplineNoLongerGivesTheMaskedT20Cell() {
        Croisement x = new Croisement(new Question("2056-2057", Population.DEPP, Dimension.DISCIPLINE, Dimension.SEXE,
                Mesure.MISSIONS));
        // Anglais: 40 missions (the report: 3 IMP-COORD masked, 25 P2-RCD, 12 IMP-REF), Histoire: 30
        cellule(x, "Anglais", "F", 24);
        cellule(x, "Anglais", "M", 16);
        cellule(x, "Anglais", null, 40);
        cellule(x, "Histoire", "F", 18);
        cellule(x, "Histoire", "M", 12);
        cellule(x, "Histoire", null, 30);
        cellule(x, null, "F", 42);
        cellule(x, null, "M", 28);
        cellule(x, null, null, 70);
        Pivot seul = x.publier(5);
        assertEquals("40", seul.texte().get(0).get(3), "sans le rapport, la marge Anglais est publiée : " + seul.texte());
        Pivot p = x.publier(5, rapport()::imposee);
        assertEquals("s", p.texte().get(0).get(3), p.texte().toString());
        // one masked margin cell is found from the total: its partner is masked too
        assertEquals("s", p.texte().get(1).get(3), p.texte().toString());
    }

    private static void cellule(Croisement x, String ligne, String colonne, long n) {
        x.cellule(ligne, colonne, BigDecimal.valueOf(n), n);
    }
}
