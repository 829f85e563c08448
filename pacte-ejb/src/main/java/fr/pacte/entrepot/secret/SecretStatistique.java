package fr.pacte.entrepot.secret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
        return secondaire(personnes, equations, primaire(personnes, seuil), false);
    }

    /**
     * Secondary suppression from a given mask, on any system of equations (one table, or several tables linked by
     * their sums): masks cells one at a time until no masked cell is derivable. With {@code videsEnDernier}, an empty
     * cell is chosen only when no non-empty cell can be: across filtered tables an empty cell is often a row the
     * filter excludes by construction (another département's row), which every reader knows to be 0, so masking it
     * would protect nothing.
     */
    static boolean[] secondaire(long[] personnes, List<Equation> equations, boolean[] initial, boolean videsEnDernier) {
        return secondaire(personnes, equations, initial, videsEnDernier, new boolean[personnes.length]);
    }

    /**
     * As above, the cells {@code enDernier} chosen only when no other can be: the unfiltered table's totals in a
     * linked set, which other tables publish too (a total masked for one table's sake is masked in all of them).
     */
    static boolean[] secondaire(long[] personnes, List<Equation> equations, boolean[] initial, boolean videsEnDernier,
            boolean[] enDernier) {
        Systeme systeme = new Systeme(personnes.length, equations);
        for (int c = 0; c < initial.length; c++) {
            if (initial[c]) {
                systeme.masquer(c);
            }
        }
        boolean[] totaux = new boolean[personnes.length];
        equations.forEach(e -> totaux[e.total()] = true);
        List<int[]> equationsDe = equationsDe(personnes.length, equations);
        int[] revelees = systeme.deductibles();
        while (revelees.length > 0) {
            systeme.masquer(choisir(revelees, systeme, personnes, equations, equationsDe, totaux, videsEnDernier,
                    enDernier));
            revelees = systeme.deductibles();
        }
        return systeme.masque();
    }

    /**
     * The next cell to mask: among the unmasked cells of the equations that reveal a masked cell, the one leaving
     * the fewest cells revealed (so two cells completing a rectangle win over a chain), then inner cells before
     * totals, non-empty before empty, the smallest.
     */
    private static int choisir(int[] revelees, Systeme systeme, long[] personnes, List<Equation> equations,
            List<int[]> equationsDe, boolean[] totaux, boolean videsEnDernier, boolean[] enDernier) {
        Set<Integer> candidats = new TreeSet<>();
        for (int r : revelees) {
            for (int e : equationsDe.get(r)) {
                Arrays.stream(equations.get(e).cellules()).filter(c -> !systeme.masquee(c)).forEach(candidats::add);
            }
        }
        if (candidats.isEmpty() || videsEnDernier && candidats.stream().allMatch(c -> personnes[c] == 0)) {
            // revealed by a combination of equations all of whose cells are masked (or only empty ones are left):
            // widen to any equation with a mask
            for (Equation e : equations) {
                if (Arrays.stream(e.cellules()).anyMatch(systeme::masquee)) {
                    Arrays.stream(e.cellules()).filter(c -> !systeme.masquee(c)).forEach(candidats::add);
                }
            }
        }
        int meilleur = -1;
        long[] cleMeilleure = null;
        for (int c : candidats) {
            long vide = personnes[c] == 0 ? 1 : 0;
            long[] cle = {videsEnDernier ? vide : 0, enDernier[c] ? 1 : 0, systeme.restantes(c, revelees), totaux[c] ? 1 : 0,
                vide, personnes[c]};
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

    private static List<int[]> equationsDe(int cellules, List<Equation> equations) {
        List<List<Integer>> de = new ArrayList<>();
        for (int c = 0; c < cellules; c++) {
            de.add(new ArrayList<>());
        }
        for (int e = 0; e < equations.size(); e++) {
            for (int c : equations.get(e).cellules()) {
                if (!de.get(c).contains(e)) {
                    de.get(c).add(e);
                }
            }
        }
        return de.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /**
     * Masked cells whose value follows from the published ones: a masked cell x is determined when its unit vector
     * lies in the row space of the system restricted to the masked cells (exact arithmetic, see {@link Systeme}).
     */
    public static int[] deductibles(boolean[] masque, List<Equation> equations) {
        Systeme systeme = new Systeme(masque.length, equations);
        for (int c = 0; c < masque.length; c++) {
            if (masque[c]) {
                systeme.masquer(c);
            }
        }
        return systeme.deductibles();
    }
}
