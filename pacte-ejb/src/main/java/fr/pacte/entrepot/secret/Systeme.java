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

    /**
     * The rows, sparse: a report's linked set holds every cell of a table in every version (at national size, 97
     * versions of a table of hundreds of rows), and each equation only a row or a column of it — dense rows would
     * not fit in memory. {@code colonnes} indexes the rows by their non-zero cells.
     */
    private final java.util.HashMap<Integer, Long>[] lignes;
    private final java.util.HashSet<Integer>[] colonnes;
    private final int[] pivotDe;
    private final int[] ligneDe;
    private final boolean[] masque;
    private final boolean[] libre;
    /** Masked cells that are not pivots (dependent on the others): the free unknowns of the reader's system. */
    private final List<Integer> libres = new ArrayList<>();

    @SuppressWarnings("unchecked")
    Systeme(int cellules, List<Equation> equations) {
        this.lignes = new java.util.HashMap[equations.size()];
        this.colonnes = new java.util.HashSet[cellules];
        for (int i = 0; i < equations.size(); i++) {
            Equation e = equations.get(i);
            lignes[i] = new java.util.HashMap<>();
            for (int p : e.parties()) {
                lignes[i].merge(p, 1L, Systeme::ajouter);
            }
            lignes[i].merge(e.total(), P - 1, Systeme::ajouter);
            lignes[i].values().removeIf(v -> v == 0);
            for (int c : lignes[i].keySet()) {
                colonne(c).add(i);
            }
        }
        this.pivotDe = new int[equations.size()];
        Arrays.fill(pivotDe, -1);
        this.ligneDe = new int[cellules];
        Arrays.fill(ligneDe, -1);
        this.masque = new boolean[cellules];
        this.libre = new boolean[cellules];
    }

    private java.util.HashSet<Integer> colonne(int c) {
        if (colonnes[c] == null) {
            colonnes[c] = new java.util.HashSet<>();
        }
        return colonnes[c];
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
            libre[c] = true;
            return;
        }
        java.util.HashMap<Integer, Long> r = lignes[pivot];
        long inverse = inverse(r.get(c));
        r.replaceAll((j, v) -> multiplier(v, inverse));
        for (int k : new ArrayList<>(colonne(c))) {
            if (k == pivot) {
                continue;
            }
            java.util.HashMap<Integer, Long> l = lignes[k];
            long moinsF = P - l.get(c);
            for (java.util.Map.Entry<Integer, Long> e : r.entrySet()) {
                int j = e.getKey();
                long v = ajouter(l.getOrDefault(j, 0L), multiplier(moinsF, e.getValue()));
                if (v == 0) {
                    if (l.remove(j) != null) {
                        colonnes[j].remove(k);
                    }
                } else if (l.put(j, v) == null) {
                    colonne(j).add(k);
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
            if (lignes[ligneDe[x]].containsKey(c)) {
                liberees++;
            }
        }
        return deductibles.length - liberees;
    }

    private boolean nulleSurLibres(java.util.HashMap<Integer, Long> l) {
        if (libres.size() < l.size()) {
            for (int j : libres) {
                if (l.containsKey(j)) {
                    return false;
                }
            }
            return true;
        }
        for (int j : l.keySet()) {
            if (libre[j]) {
                return false;
            }
        }
        return true;
    }

    private int ligneSansPivot(int c) {
        if (colonnes[c] == null) {
            return -1;
        }
        int trouvee = -1;
        for (int k : colonnes[c]) {
            // the lowest row, as the dense version chose: the same masks, whatever the index's order
            if (pivotDe[k] < 0 && (trouvee < 0 || k < trouvee)) {
                trouvee = k;
            }
        }
        return trouvee;
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
