package fr.pacte.entrepot.secret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The additive relations of published cells, kept row-reduced on the masked cells so that masking one more cell costs
 * one pivot step instead of a new elimination, and so that the effect of masking any candidate is read off its column.
 *
 * <p>Each equation is a row, each cell a column. The rows are kept in reduced echelon form on the masked columns:
 * a pivot row has a 1 in its masked pivot column and 0 in the other pivot columns; a row without pivot has 0 in every
 * masked column. A masked cell is derivable (its unit vector lies in the row space restricted to the masked cells)
 * exactly when it is a pivot whose row is 0 on the masked cells that are not pivots.
 *
 * <p>For an unmasked cell c: if a row without pivot has a non-zero in column c, c is independent of the masked cells
 * and masking it leaves c itself derivable, nothing else changes; otherwise column c gives the coordinates of c on the
 * pivot cells, and masking c frees exactly the derivable cells whose coordinate is non-zero.
 *
 * <p>Arithmetic is exact in the field of integers modulo the prime 2<sup>61</sup> − 1: no rounding, and the
 * coefficients (0, ±1) stay one machine word. A rank over this field differs from the rank over the rationals only
 * if the prime divides one of the minors involved, which for these small integer matrices is negligible (about one
 * chance in 2<sup>61</sup> per minor); the tests check the results against an exact rational solver.
 */
final class Systeme {

    static final long P = (1L << 61) - 1;

    private final int n;
    private final long[][] lignes;
    private final int[] pivotDe;
    private final int[] ligneDe;
    private final boolean[] masque;
    /** Masked cells that are not pivots (dependent on the others): the free unknowns of the reader's system. */
    private final List<Integer> libres = new ArrayList<>();

    Systeme(int cellules, List<Equation> equations) {
        this.n = cellules;
        this.lignes = new long[equations.size()][cellules];
        for (int i = 0; i < equations.size(); i++) {
            Equation e = equations.get(i);
            for (int p : e.parties()) {
                lignes[i][p] = ajouter(lignes[i][p], 1);
            }
            lignes[i][e.total()] = ajouter(lignes[i][e.total()], P - 1);
        }
        this.pivotDe = new int[equations.size()];
        Arrays.fill(pivotDe, -1);
        this.ligneDe = new int[cellules];
        Arrays.fill(ligneDe, -1);
        this.masque = new boolean[cellules];
    }

    boolean masquee(int c) {
        return masque[c];
    }

    boolean[] masque() {
        return masque.clone();
    }

    /** Masks the cell: one pivot step when it is independent of the masked cells, nothing to reduce otherwise. */
    void masquer(int c) {
        if (masque[c]) {
            return;
        }
        masque[c] = true;
        int pivot = ligneSansPivot(c);
        if (pivot < 0) {
            libres.add(c);
            return;
        }
        long[] r = lignes[pivot];
        long inverse = inverse(r[c]);
        for (int j = 0; j < n; j++) {
            if (r[j] != 0) {
                r[j] = multiplier(r[j], inverse);
            }
        }
        int[] nonNuls = nonNuls(r);
        for (int k = 0; k < lignes.length; k++) {
            long f = lignes[k][c];
            if (k != pivot && f != 0) {
                long[] l = lignes[k];
                long moinsF = P - f;
                for (int j : nonNuls) {
                    l[j] = ajouter(l[j], multiplier(moinsF, r[j]));
                }
            }
        }
        pivotDe[pivot] = c;
        ligneDe[c] = pivot;
    }

    /** Masked cells whose value follows from the published cells, in increasing order. */
    int[] deductibles() {
        List<Integer> d = new ArrayList<>();
        for (int i = 0; i < lignes.length; i++) {
            if (pivotDe[i] >= 0 && nulleSurLibres(lignes[i])) {
                d.add(pivotDe[i]);
            }
        }
        return d.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Number of derivable cells once the unmasked cell {@code c} is masked, {@code deductibles} being the current ones. */
    int restantes(int c, int[] deductibles) {
        if (ligneSansPivot(c) >= 0) {
            return deductibles.length + 1;
        }
        int liberees = 0;
        for (int x : deductibles) {
            if (lignes[ligneDe[x]][c] != 0) {
                liberees++;
            }
        }
        return deductibles.length - liberees;
    }

    private boolean nulleSurLibres(long[] l) {
        for (int j : libres) {
            if (l[j] != 0) {
                return false;
            }
        }
        return true;
    }

    private int ligneSansPivot(int c) {
        for (int k = 0; k < lignes.length; k++) {
            if (pivotDe[k] < 0 && lignes[k][c] != 0) {
                return k;
            }
        }
        return -1;
    }

    private static int[] nonNuls(long[] r) {
        int compte = 0;
        for (long v : r) {
            compte += v != 0 ? 1 : 0;
        }
        int[] j = new int[compte];
        int k = 0;
        for (int i = 0; i < r.length; i++) {
            if (r[i] != 0) {
                j[k++] = i;
            }
        }
        return j;
    }

    static long ajouter(long a, long b) {
        long s = a + b;
        return s >= P ? s - P : s;
    }

    /** Product modulo 2^61 − 1: the 122-bit product folded twice, since 2^61 ≡ 1. */
    static long multiplier(long a, long b) {
        long haut = Math.multiplyHigh(a, b);
        long bas = a * b;
        long r = (bas & P) + ((bas >>> 61) | (haut << 3));
        r = (r & P) + (r >>> 61);
        return r >= P ? r - P : r;
    }

    static long inverse(long a) {
        // Fermat: a^(P-2)
        long resultat = 1;
        long base = a;
        long e = P - 2;
        while (e > 0) {
            if ((e & 1) == 1) {
                resultat = multiplier(resultat, base);
            }
            base = multiplier(base, base);
            e >>= 1;
        }
        return resultat;
    }
}
