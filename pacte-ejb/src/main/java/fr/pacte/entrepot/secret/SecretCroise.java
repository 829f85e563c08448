package fr.pacte.entrepot.secret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Statistical disclosure control of a cross-table (the exploration's pivot: two dimensions, one measure), in two
 * steps so that a margin is published the same in every pivot that shows it.
 *
 * <ol>
 * <li>Each margin (the row totals, the column totals) is masked as its own one-way table with the grand total
 * ({@link #marge}): primary suppression, then secondary suppression among the margin's cells, never its grand total.
 * The grand total is masked only when it counts 1 to {@code seuil - 1} persons itself, so it is the same in both
 * margins and in every pivot: a margin depends on its dimension, the measure, the campaign and the population only.</li>
 * <li>The inner cells are masked ({@link #interieur}): primary suppression, then secondary suppression against the
 * rows and columns adding up to their margins, the margins' masks being fixed: a margin cell is never unmasked nor
 * chosen, only inner cells are. Masking every inner cell leaves the reader the margins' own relations only, which
 * step 1 protects, so the choice always ends.</li>
 * <li>While the pivot reveals a relation between its masked margin cells that the margins' own sums do not (say the
 * sum of two masked row totals, through a column whose other cells are published), one more inner cell next to a
 * masked margin cell is masked and step 2 runs again ({@link #relationsNouvelles}). Another pivot sharing that margin
 * then cannot complete the relation: pivots share nothing but their margins (and cells of the report, masked as the
 * report masks them), so what a reader learns from several pivots about a margin is what its one-way table says.
 * Masking every inner cell leaves only the margins' sums, so this ends too.</li>
 * </ol>
 * A variant of {@link SecretStatistique}, whose candidates may be any cell of the equations.
 */
public final class SecretCroise {

    private SecretCroise() {
    }

    /**
     * Mask of a one-way margin: {@code personnes} holds the persons of each value of the dimension, in a fixed order
     * (the caller's), then of the grand total, last.
     */
    public static boolean[] marge(long[] personnes, int seuil) {
        return marge(personnes, seuil, new boolean[personnes.length]);
    }

    /**
     * As {@link #marge(long[], int)}, {@code imposees} masked whatever their persons: cells the annual report
     * publishes too and masks ({@code SensDesCellules}). They depend on the dimension, measure, campaign and
     * population only, so a margin is still the same in every pivot.
     */
    public static boolean[] marge(long[] personnes, int seuil, boolean[] imposees) {
        int n = personnes.length;
        if (n == 0) {
            return new boolean[0];
        }
        Equation somme = new Equation(IntStream.range(0, n - 1).toArray(), n - 1);
        boolean[] choisissables = new boolean[n];
        Arrays.fill(choisissables, 0, n - 1, true);
        boolean[] initial = SecretStatistique.primaire(personnes, seuil);
        for (int c = 0; c < n; c++) {
            initial[c] |= imposees[c];
        }
        return masquer(personnes, List.of(somme), initial, choisissables);
    }

    /**
     * Mask of the whole pivot, cells numbered {@code row * (colonnes + 1) + col}: the inner cells, the row totals in
     * the last column, the column totals in the last row, the grand total last.
     *
     * @param personnes      persons behind each inner cell, {@code row * colonnes + col}
     * @param margeLignes    mask of the row totals then of the grand total ({@link #marge}), {@code lignes + 1}
     * @param margeColonnes  mask of the column totals then of the grand total, {@code colonnes + 1}
     */
    public static boolean[] interieur(int lignes, int colonnes, long[] personnes, boolean[] margeLignes,
            boolean[] margeColonnes, int seuil) {
        return interieur(lignes, colonnes, personnes, margeLignes, margeColonnes, seuil, new boolean[personnes.length]);
    }

    /** As above, the inner cells {@code imposees} ({@code row * colonnes + col}) masked whatever their persons. */
    public static boolean[] interieur(int lignes, int colonnes, long[] personnes, boolean[] margeLignes,
            boolean[] margeColonnes, int seuil, boolean[] imposees) {
        if (personnes.length != lignes * colonnes || imposees.length != personnes.length || margeLignes.length != lignes + 1
                || margeColonnes.length != colonnes + 1) {
            throw new IllegalArgumentException("Dimensions incohérentes du tableau croisé");
        }
        int largeur = colonnes + 1;
        int n = (lignes + 1) * largeur;
        long[] p = new long[n];
        boolean[] initial = new boolean[n];
        boolean[] choisissables = new boolean[n];
        boolean[] primaire = SecretStatistique.primaire(personnes, seuil);
        for (int l = 0; l < lignes; l++) {
            for (int c = 0; c < colonnes; c++) {
                p[l * largeur + c] = personnes[l * colonnes + c];
                initial[l * largeur + c] = primaire[l * colonnes + c] || imposees[l * colonnes + c];
                choisissables[l * largeur + c] = true;
            }
            initial[l * largeur + colonnes] = margeLignes[l];
        }
        for (int c = 0; c < colonnes; c++) {
            initial[lignes * largeur + c] = margeColonnes[c];
        }
        // the grand total: masked if either margin masks it (both do, marge() decides it on its persons only)
        initial[n - 1] = margeLignes[lignes] || margeColonnes[colonnes];
        List<Equation> eq = equations(lignes, colonnes);
        boolean[] masque = masquer(p, eq, initial, choisissables);
        // step 3: the pivot must not tell more about its masked margins than the margins' own sums do, else two
        // pivots sharing a margin (corps × sexe, corps × discipline) could be combined to recover a masked margin
        while (relationsNouvelles(lignes, colonnes, masque) > 0) {
            int c = complement(lignes, colonnes, p, masque);
            if (c < 0) {
                break; // every inner cell masked: only the margins' sums are left
            }
            initial = masque.clone();
            initial[c] = true;
            masque = masquer(p, eq, initial, choisissables);
        }
        return masque;
    }

    /**
     * Independent relations between the masked margin cells that the pivot reveals beyond the margins' own sums
     * (rows to the grand total, columns to the grand total): rank(E) − rank(E on the masked inner cells) − rank(the
     * margins' sums on the masked margin cells), E being the system restricted to the masked cells.
     */
    static int relationsNouvelles(int lignes, int colonnes, boolean[] masque) {
        int largeur = colonnes + 1;
        List<Equation> eq = equations(lignes, colonnes);
        List<Integer> interieures = new ArrayList<>();
        List<Integer> marges = new ArrayList<>();
        for (int c = 0; c < masque.length; c++) {
            if (masque[c]) {
                boolean marge = c / largeur == lignes || c % largeur == colonnes;
                (marge ? marges : interieures).add(c);
            }
        }
        if (marges.isEmpty()) {
            return 0;
        }
        List<Integer> toutes = new ArrayList<>(interieures);
        toutes.addAll(marges);
        int propres = rang(eq.subList(eq.size() - 2, eq.size()), marges);
        return rang(eq, toutes) - rang(eq, interieures) - propres;
    }

    /**
     * The next inner cell to mask: in a row or column of a masked margin cell if one is left, non-empty first, the
     * smallest; -1 when every inner cell is masked.
     */
    private static int complement(int lignes, int colonnes, long[] personnes, boolean[] masque) {
        int largeur = colonnes + 1;
        int meilleur = -1;
        boolean meilleurVoisin = false;
        for (int l = 0; l < lignes; l++) {
            for (int c = 0; c < colonnes; c++) {
                int i = l * largeur + c;
                boolean voisine = masque[l * largeur + colonnes] || masque[lignes * largeur + c];
                if (masque[i]) {
                    continue;
                }
                if (meilleur < 0 || voisine && !meilleurVoisin
                        || voisine == meilleurVoisin && cle(personnes[i]) < cle(personnes[meilleur])) {
                    meilleur = i;
                    meilleurVoisin = voisine;
                }
            }
        }
        return meilleur;
    }

    /** Empty cells last, then the smallest. */
    private static long cle(long personnes) {
        return personnes == 0 ? Long.MAX_VALUE : personnes;
    }

    /** Rank of the equations restricted to the columns {@code cellules}, modulo 2^61 − 1 (as {@link Systeme}). */
    static int rang(List<Equation> equations, List<Integer> cellules) {
        if (cellules.isEmpty()) {
            return 0;
        }
        java.util.Map<Integer, Integer> colonne = new java.util.HashMap<>();
        for (int i = 0; i < cellules.size(); i++) {
            colonne.put(cellules.get(i), i);
        }
        long[][] m = new long[equations.size()][cellules.size()];
        for (int r = 0; r < equations.size(); r++) {
            Equation e = equations.get(r);
            for (int c : e.parties()) {
                Integer j = colonne.get(c);
                if (j != null) {
                    m[r][j] = Systeme.ajouter(m[r][j], 1);
                }
            }
            Integer j = colonne.get(e.total());
            if (j != null) {
                m[r][j] = Systeme.ajouter(m[r][j], Systeme.P - 1);
            }
        }
        int rang = 0;
        for (int j = 0; j < cellules.size() && rang < m.length; j++) {
            int pivot = -1;
            for (int r = rang; r < m.length; r++) {
                if (m[r][j] != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] t = m[pivot];
            m[pivot] = m[rang];
            m[rang] = t;
            long inverse = Systeme.inverse(m[rang][j]);
            for (int r = 0; r < m.length; r++) {
                if (r != rang && m[r][j] != 0) {
                    long f = Systeme.multiplier(m[r][j], inverse);
                    for (int k = j; k < cellules.size(); k++) {
                        if (m[rang][k] != 0) {
                            m[r][k] = Systeme.ajouter(m[r][k], Systeme.multiplier(Systeme.P - f, m[rang][k]));
                        }
                    }
                }
            }
            rang++;
        }
        return rang;
    }

    /** Rows adding up to the row totals, columns to the column totals, and both margins to the grand total. */
    public static List<Equation> equations(int lignes, int colonnes) {
        int largeur = colonnes + 1;
        List<Equation> eq = new ArrayList<>();
        for (int l = 0; l < lignes; l++) {
            int ligne = l;
            eq.add(new Equation(IntStream.range(0, colonnes).map(c -> ligne * largeur + c).toArray(), l * largeur + colonnes));
        }
        for (int c = 0; c < colonnes; c++) {
            int col = c;
            eq.add(new Equation(IntStream.range(0, lignes).map(l -> l * largeur + col).toArray(), lignes * largeur + c));
        }
        int total = (lignes + 1) * largeur - 1;
        eq.add(new Equation(IntStream.range(0, lignes).map(l -> l * largeur + colonnes).toArray(), total));
        eq.add(new Equation(IntStream.range(0, colonnes).map(c -> lignes * largeur + c).toArray(), total));
        return eq;
    }

    /**
     * Secondary suppression choosing only among {@code choisissables}: the unmasked choosable cells of the equations
     * revealing a masked cell (widened to every equation holding a mask when none is left there), the one leaving the
     * fewest cells revealed, then non-empty before empty, the smallest, the first.
     */
    static boolean[] masquer(long[] personnes, List<Equation> equations, boolean[] initial, boolean[] choisissables) {
        Systeme systeme = new Systeme(personnes.length, equations);
        for (int c = 0; c < initial.length; c++) {
            if (initial[c]) {
                systeme.masquer(c);
            }
        }
        int[] revelees = systeme.deductibles();
        while (revelees.length > 0) {
            Set<Integer> candidats = new TreeSet<>();
            for (int r : revelees) {
                for (Equation e : equations) {
                    if (e.contient(r)) {
                        ajouter(candidats, e, systeme, choisissables);
                    }
                }
            }
            if (candidats.isEmpty()) {
                for (Equation e : equations) {
                    if (Arrays.stream(e.cellules()).anyMatch(systeme::masquee)) {
                        ajouter(candidats, e, systeme, choisissables);
                    }
                }
            }
            if (candidats.isEmpty()) {
                for (int c = 0; c < choisissables.length; c++) {
                    if (choisissables[c] && !systeme.masquee(c)) {
                        candidats.add(c);
                    }
                }
            }
            int meilleur = -1;
            long[] cleMeilleure = null;
            for (int c : candidats) {
                long[] cle = {personnes[c] == 0 ? 1 : 0, systeme.restantes(c, revelees), personnes[c]};
                if (cleMeilleure == null || Arrays.compare(cle, cleMeilleure) < 0) {
                    meilleur = c;
                    cleMeilleure = cle;
                }
            }
            if (meilleur < 0) {
                throw new IllegalStateException("Aucune cellule à masquer en secret secondaire");
            }
            systeme.masquer(meilleur);
            revelees = systeme.deductibles();
        }
        return systeme.masque();
    }

    private static void ajouter(Set<Integer> candidats, Equation e, Systeme systeme, boolean[] choisissables) {
        for (int c : e.cellules()) {
            if (choisissables[c] && !systeme.masquee(c)) {
                candidats.add(c);
            }
        }
    }
}
