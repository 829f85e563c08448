package fr.pacte.entrepot.secret;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pivot's secret against a reader who solves the whole linear system (rows, columns, both margins and the grand
 * total) in exact rational arithmetic ({@link Lecteur}): no masked cell is ever derivable, the margins are masked
 * exactly as their one-way tables, and only inner cells are added by the secondary secret.
 */
class SecretCroiseTest {

    private static final int SEUIL = 5;

    @Test
    void oneWayMarginMasksASecondValueButNeverTheGrandTotal() {
        // psychologists 2, others 40 and 30, total 72: masking 2 alone leaves 72 - 40 - 30
        boolean[] m = SecretCroise.marge(new long[]{2, 40, 30, 72}, SEUIL);
        assertArrayEquals(new boolean[]{true, false, true, false}, m);
    }

    @Test
    void grandTotalIsMaskedOnlyWhenItCountsTooFewPersons() {
        assertArrayEquals(new boolean[]{true, true, true}, SecretCroise.marge(new long[]{1, 2, 3}, SEUIL));
    }

    /**
     * Two pivots sharing the row margin: each must tell no more about the masked row totals than the margin's sum, or
     * together they would solve them. Checked on random pivots: after step 3 no relation beyond the margins' sums.
     */
    @Test
    void aPivotRevealsNoRelationBetweenMaskedMarginsBeyondTheirSums() {
        Random hasard = new Random(20_261_204L);
        int avecMargeMasquee = 0;
        for (int essai = 0; essai < 300; essai++) {
            Tirage x = Tirage.de(hasard, 2, 5, 2, 4, 5);
            int lignes = x.lignes();
            int colonnes = x.colonnes();
            long[] interieur = x.interieur();
            long[] margeL = x.margeL();
            long[] margeC = x.margeC();
            boolean[] ml = SecretCroise.marge(margeL, SEUIL);
            boolean[] mc = SecretCroise.marge(margeC, SEUIL);
            boolean[] m = SecretCroise.interieur(lignes, colonnes, interieur, ml, mc, SEUIL);
            assertEquals(0, SecretCroise.relationsNouvelles(lignes, colonnes, m), "essai " + essai);
            assertEquals(List.of(), Lecteur.recalculables(m, SecretCroise.equations(lignes, colonnes)), "essai " + essai);
            for (int l = 0; l <= lignes; l++) {
                assertEquals(ml[l], m[l * (colonnes + 1) + colonnes], "marge inchangée, essai " + essai);
                avecMargeMasquee += ml[l] ? 1 : 0;
            }
        }
        assertTrue(avecMargeMasquee > 100, "des marges masquées : " + avecMargeMasquee);
    }

    /** The relation a column of published cells gives between two masked row totals is found. */
    @Test
    void theSumOfTwoMaskedRowTotalsThroughAPublishedColumnIsANewRelation() {
        // 3 rows × 2 columns; row totals 0 and 1 masked (a margin's primary and its complement), the grand total
        // published; in the pivot only x00 and x10 are masked: m0 − x00 = x01, m1 − x10 = x11, x00 + x10 = c0 − x20,
        // so m0 + m1 is known — as it is from the margin's sum (total − m2): nothing new
        boolean[] m = new boolean[12];
        m[0] = true;  // x00
        m[2] = true;  // m0
        m[3] = true;  // x10
        m[5] = true;  // m1
        assertEquals(0, SecretCroise.relationsNouvelles(3, 2, m));
        // with the second row's other cell masked too but not the first's, and column 1's total masked: new relation?
        boolean[] n = new boolean[12];
        n[0] = true;  // x00
        n[2] = true;  // m0
        n[5] = true;  // m1
        n[4] = true;  // x11
        n[10] = true; // column total c1
        n[9] = true;  // column total c0
        // m0 = x00 + x01(pub), m1 = x10(pub) + x11, c0 = x00 + x10 + x20, c1 = x01 + x11 + x21:
        // m0 − c0 = x01 − x10 − x20 (known), m1 − c1 = x10 − x01 − x21 (known): two relations between masked margin
        // cells, while the margins' sums give one each only with the grand total — c0 + c1 and m0 + m1 known
        assertTrue(SecretCroise.relationsNouvelles(3, 2, n) > 0);
    }

    @Test
    void randomPivotsRevealNoMaskedCellAndKeepTheirMargins() {
        Random hasard = new Random(20_260_518L);
        int masquees = 0;
        for (int essai = 0; essai < 400; essai++) {
            Tirage x = Tirage.de(hasard, 1, 6, 1, 5, 0);
            int lignes = x.lignes();
            int colonnes = x.colonnes();
            long[] interieur = x.interieur();
            long[] margeL = x.margeL();
            long[] margeC = x.margeC();
            boolean[] ml = SecretCroise.marge(margeL, SEUIL);
            boolean[] mc = SecretCroise.marge(margeC, SEUIL);
            assertEquals(ml[lignes], mc[colonnes], "le total général est le même dans les deux marges");
            boolean[] m = SecretCroise.interieur(lignes, colonnes, interieur, ml, mc, SEUIL);
            int largeur = colonnes + 1;
            for (int l = 0; l < lignes; l++) {
                for (int c = 0; c < colonnes; c++) {
                    long p = interieur[l * colonnes + c];
                    if (p > 0 && p < SEUIL) {
                        assertTrue(m[l * largeur + c], "secret primaire " + l + "," + c);
                    }
                }
                assertEquals(ml[l], m[l * largeur + colonnes], "marge des lignes inchangée");
            }
            for (int c = 0; c < colonnes; c++) {
                assertEquals(mc[c], m[lignes * largeur + c], "marge des colonnes inchangée");
            }
            assertEquals(ml[lignes], m[m.length - 1]);
            List<Integer> revelees = Lecteur.recalculables(m, SecretCroise.equations(lignes, colonnes));
            assertTrue(revelees.isEmpty(), "essai " + essai + " : cases recalculables " + revelees);
            for (boolean b : m) {
                masquees += b ? 1 : 0;
            }
        }
        assertTrue(masquees > 400, "le jeu d'essai masque des cases : " + masquees);
    }

    @Test
    void aMaskedMarginIsProtectedByInnerCellsWhenTheRowIsOtherwisePublished() {
        // row 0 counts 3 persons (masked in its margin), spread over cells of 1 and 2: both inner cells are masked
        long[] interieur = {1, 2, 20, 30, 25, 25};
        boolean[] ml = SecretCroise.marge(new long[]{3, 50, 50, 103}, SEUIL);
        boolean[] mc = SecretCroise.marge(new long[]{46, 57, 103}, SEUIL);
        boolean[] m = SecretCroise.interieur(3, 2, interieur, ml, mc, SEUIL);
        assertTrue(m[0] && m[1] && m[2], "la ligne masquée et ses cases");
        assertFalse(m[11], "le total général reste publié");
        assertTrue(Lecteur.recalculables(m, SecretCroise.equations(3, 2)).isEmpty());
    }

    /**
     * A random pivot: many small and empty cells, a few large ones ({@code grand} + 0..39 persons), its margins (row
     * totals then the grand total, column totals then the grand total).
     */
    private record Tirage(int lignes, int colonnes, long[] interieur, long[] margeL, long[] margeC) {

        static Tirage de(Random hasard, int lignesMin, int lignesEnPlus, int colonnesMin, int colonnesEnPlus, int grand) {
            int lignes = lignesMin + hasard.nextInt(lignesEnPlus);
            int colonnes = colonnesMin + hasard.nextInt(colonnesEnPlus);
            long[] interieur = new long[lignes * colonnes];
            for (int i = 0; i < interieur.length; i++) {
                interieur[i] = switch (hasard.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> 1 + hasard.nextInt(4);
                    default -> grand + hasard.nextInt(40);
                };
            }
            long[] margeL = new long[lignes + 1];
            long[] margeC = new long[colonnes + 1];
            for (int l = 0; l < lignes; l++) {
                for (int c = 0; c < colonnes; c++) {
                    margeL[l] += interieur[l * colonnes + c];
                    margeC[c] += interieur[l * colonnes + c];
                    margeL[lignes] += interieur[l * colonnes + c];
                }
            }
            margeC[colonnes] = margeL[lignes];
            return new Tirage(lignes, colonnes, interieur, margeL, margeC);
        }
    }
}
