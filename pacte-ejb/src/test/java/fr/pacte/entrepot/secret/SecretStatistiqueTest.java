package fr.pacte.entrepot.secret;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretStatistiqueTest {

    private static final int SEUIL = 5;

    @Test
    void aSmallCellAndTheSmallestOtherRowAreMaskedSoTheTotalRevealsNothing() {
        // women 3, men 40, total 43: masking only the women would leave 43 - 40 = 3
        long[] p = {3, 40, 43};
        List<Equation> eq = List.of(new Equation(new int[]{0, 1}, 2));
        boolean[] m = SecretStatistique.masquer(p, eq, SEUIL);
        assertArrayEquals(new boolean[]{true, true, false}, m);
        assertTrue(Lecteur.recalculables(m, eq).isEmpty());
    }

    @Test
    void secondaryCellIsTheSmallestInnerCellNotTheTotal() {
        long[] p = {2, 50, 12, 30, 94};
        List<Equation> eq = List.of(new Equation(new int[]{0, 1, 2, 3}, 4));
        boolean[] m = SecretStatistique.masquer(p, eq, SEUIL);
        assertArrayEquals(new boolean[]{true, false, true, false, false}, m);
    }

    @Test
    void emptyCellsAndCellsAtTheThresholdArePublished() {
        long[] p = {0, 5, 7, 12};
        List<Equation> eq = List.of(new Equation(new int[]{0, 1, 2}, 3));
        assertArrayEquals(new boolean[4], SecretStatistique.masquer(p, eq, SEUIL));
    }

    @Test
    void aTableWithRowAndColumnTotalsNeedsARectangleOfMasks() {
        // 3 x 3 inner cells + margins; one cell of 2 persons
        long[][] t = {{2, 10, 12}, {9, 20, 30}, {15, 11, 14}};
        Tableau tab = Tableau.de(t);
        boolean[] m = SecretStatistique.masquer(tab.personnes, tab.equations, SEUIL);
        assertTrue(m[0]);
        assertTrue(Lecteur.recalculables(m, tab.equations).isEmpty(), "rien ne se recalcule à partir des totaux");
        long inner = 0;
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                inner += m[r * 4 + c] ? 1 : 0;
            }
        }
        assertEquals(4, inner, "un rectangle de quatre cellules suffit");
    }

    @Test
    void noMaskedValueOfRandomTablesCanBeDerivedFromTheTotals() {
        Random hasard = new Random(20260422);
        for (int essai = 0; essai < 300; essai++) {
            int lignes = 2 + hasard.nextInt(7);
            int colonnes = 1 + hasard.nextInt(5);
            long[][] t = new long[lignes][colonnes];
            for (long[] l : t) {
                for (int c = 0; c < colonnes; c++) {
                    l[c] = hasard.nextInt(4) == 0 ? hasard.nextInt(5) : hasard.nextInt(60);
                }
            }
            Tableau tab = Tableau.de(t);
            boolean[] m = SecretStatistique.masquer(tab.personnes, tab.equations, SEUIL);
            for (int i = 0; i < m.length; i++) {
                if (tab.personnes[i] > 0 && tab.personnes[i] < SEUIL) {
                    assertTrue(m[i], "cellule " + i + " sous le seuil non masquée, essai " + essai);
                }
            }
            assertEquals(List.of(), Lecteur.recalculables(m, tab.equations), "essai " + essai);
            assertEquals(0, SecretStatistique.deductibles(m, tab.equations).length);
        }
    }

    @Test
    void theReaderFindsWhatANaiveMaskLeaves() {
        // the check itself can fail: primary suppression alone leaves the cell computable
        long[] p = {3, 40, 43};
        List<Equation> eq = List.of(new Equation(new int[]{0, 1}, 2));
        boolean[] primaire = SecretStatistique.primaire(p, SEUIL);
        assertEquals(List.of(0), Lecteur.recalculables(primaire, eq));
        assertTrue(Lecteur.recalculables(new boolean[]{true, false, true}, eq).isEmpty(), "masquer le total protège aussi");
    }

    /** An inner table with its row totals, column totals and grand total, cells numbered row by row. */
    private record Tableau(long[] personnes, List<Equation> equations) {
        static Tableau de(long[][] t) {
            int r = t.length;
            int c = t[0].length;
            int nc = c + 1;
            long[] p = new long[(r + 1) * nc];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    p[i * nc + j] = t[i][j];
                    p[i * nc + c] += t[i][j];
                    p[r * nc + j] += t[i][j];
                    p[r * nc + c] += t[i][j];
                }
            }
            List<Equation> eq = new ArrayList<>();
            for (int i = 0; i <= r; i++) {
                int ligne = i;
                eq.add(new Equation(java.util.stream.IntStream.range(0, c).map(j -> ligne * nc + j).toArray(), i * nc + c));
            }
            for (int j = 0; j <= c; j++) {
                int col = j;
                eq.add(new Equation(java.util.stream.IntStream.range(0, r).map(i -> i * nc + col).toArray(), r * nc + j));
            }
            return new Tableau(p, eq);
        }
    }
}
