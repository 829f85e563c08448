package fr.pacte.entrepot.secret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Statistical disclosure control of one table. Primary suppression masks every cell counting between 1 and
 * {@code seuil - 1} persons (an empty cell describes nobody). Secondary suppression then masks more cells, the
 * smallest first, until no masked cell can be computed exactly from the published cells through the table's
 * additive relations (rows and columns adding up to their totals) — checked by linear algebra on the whole system,
 * not only equation by equation, so combinations of rows and columns cannot reveal a cell either.
 */
public final class SecretStatistique {

    private SecretStatistique() {
    }

    /** Cells counting fewer persons than the threshold, empty cells excepted. */
    public static boolean[] primaire(long[] personnes, int seuil) {
        boolean[] masque = new boolean[personnes.length];
        for (int i = 0; i < personnes.length; i++) {
            masque[i] = personnes[i] > 0 && personnes[i] < seuil;
        }
        return masque;
    }

    /**
     * Mask of the cells: primary, then secondary suppression. {@code personnes} (persons behind each cell) chooses
     * the secondary cells: inner cells before totals, non-empty before empty, the smallest first.
     */
    public static boolean[] masquer(long[] personnes, List<Equation> equations, int seuil) {
        boolean[] masque = primaire(personnes, seuil);
        Set<Integer> totaux = new HashSet<>();
        equations.forEach(e -> totaux.add(e.total()));
        int[] revelees = deductibles(masque, equations);
        while (revelees.length > 0) {
            int cellule = choisir(revelees, masque, personnes, equations, totaux);
            masque[cellule] = true;
            revelees = deductibles(masque, equations);
        }
        return masque;
    }

    /**
     * The next cell to mask: among the unmasked cells of the equations that reveal a masked cell, the one leaving
     * the fewest cells revealed (so two cells completing a rectangle win over a chain), then inner cells before
     * totals, non-empty before empty, the smallest.
     */
    private static int choisir(int[] revelees, boolean[] masque, long[] personnes, List<Equation> equations,
            Set<Integer> totaux) {
        Set<Integer> candidats = new java.util.TreeSet<>();
        for (Equation e : equations) {
            if (Arrays.stream(revelees).anyMatch(e::contient)) {
                Arrays.stream(e.cellules()).filter(c -> !masque[c]).forEach(candidats::add);
            }
        }
        if (candidats.isEmpty()) {
            // revealed by a combination of equations all of whose cells are masked: widen to any equation with a mask
            for (Equation e : equations) {
                if (Arrays.stream(e.cellules()).anyMatch(c -> masque[c])) {
                    Arrays.stream(e.cellules()).filter(c -> !masque[c]).forEach(candidats::add);
                }
            }
        }
        int meilleur = -1;
        long[] cleMeilleure = null;
        for (int c : candidats) {
            masque[c] = true;
            long restantes = deductibles(masque, equations).length;
            masque[c] = false;
            long[] cle = {restantes, totaux.contains(c) ? 1 : 0, personnes[c] == 0 ? 1 : 0, personnes[c]};
            if (cleMeilleure == null || Arrays.compare(cle, cleMeilleure) < 0) {
                meilleur = c;
                cleMeilleure = cle;
            }
        }
        if (meilleur < 0) {
            throw new IllegalStateException("Aucune cellule à masquer en secret secondaire");
        }
        return meilleur;
    }

    /**
     * Masked cells whose value follows from the published ones: a masked cell x is determined when its unit vector
     * lies in the row space of the system restricted to the masked cells.
     */
    public static int[] deductibles(boolean[] masque, List<Equation> equations) {
        int[] inconnues = new int[masque.length];
        Arrays.fill(inconnues, -1);
        int n = 0;
        for (int i = 0; i < masque.length; i++) {
            if (masque[i]) {
                inconnues[i] = n++;
            }
        }
        if (n == 0) {
            return new int[0];
        }
        List<double[]> lignes = new ArrayList<>();
        for (Equation e : equations) {
            double[] l = new double[n];
            for (int p : e.parties()) {
                if (inconnues[p] >= 0) {
                    l[inconnues[p]] += 1;
                }
            }
            if (inconnues[e.total()] >= 0) {
                l[inconnues[e.total()]] -= 1;
            }
            lignes.add(l);
        }
        List<double[]> base = echelonner(lignes, n);
        List<Integer> revelees = new ArrayList<>();
        for (int i = 0; i < masque.length; i++) {
            if (masque[i]) {
                double[] unite = new double[n];
                unite[inconnues[i]] = 1;
                if (reduire(unite, base)) {
                    revelees.add(i);
                }
            }
        }
        return revelees.stream().mapToInt(Integer::intValue).toArray();
    }

    private static final double EPSILON = 1e-9;

    /** Reduced row echelon form: each row has a pivot column (first non-zero) with value 1, zero in the others. */
    private static List<double[]> echelonner(List<double[]> lignes, int n) {
        List<double[]> base = new ArrayList<>();
        for (double[] l : lignes) {
            double[] r = l.clone();
            for (double[] b : base) {
                eliminer(r, b);
            }
            int pivot = pivot(r);
            if (pivot < 0) {
                continue;
            }
            double v = r[pivot];
            for (int j = 0; j < n; j++) {
                r[j] /= v;
            }
            for (double[] b : base) {
                double f = b[pivot];
                if (Math.abs(f) > EPSILON) {
                    for (int j = 0; j < n; j++) {
                        b[j] -= f * r[j];
                    }
                }
            }
            base.add(r);
        }
        return base;
    }

    private static void eliminer(double[] r, double[] b) {
        int p = pivot(b);
        double f = r[p];
        if (Math.abs(f) > EPSILON) {
            for (int j = 0; j < r.length; j++) {
                r[j] -= f * b[j];
            }
        }
    }

    private static int pivot(double[] r) {
        for (int j = 0; j < r.length; j++) {
            if (Math.abs(r[j]) > EPSILON) {
                return j;
            }
        }
        return -1;
    }

    /** True when the vector reduces to zero against the basis, i.e. lies in its span. */
    private static boolean reduire(double[] v, List<double[]> base) {
        for (double[] b : base) {
            eliminer(v, b);
        }
        return pivot(v) < 0;
    }
}
