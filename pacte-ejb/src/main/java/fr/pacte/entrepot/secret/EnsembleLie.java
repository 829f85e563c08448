package fr.pacte.entrepot.secret;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Statistical disclosure control of one table across the filtered versions of the report: the unfiltered table and,
 * for each filter dimension (département, nature, secteur…), the same table restricted to each value of that
 * dimension (a <em>slice</em>). Masking each version on its own is not enough: the slices of one dimension partition
 * the population, so the additive cells of the slices add up to the unfiltered cell, and a reader holding the
 * unfiltered table and the other slices recomputes a masked cell by difference.
 *
 * <p>The linked set is masked as one system: every table's own equations (the same for all, as {@code Grille} writes
 * them, on cells numbered {@code row * columns + col}) and, for each dimension and each cell of an additive column,
 * the sum of the slices equal to the unfiltered cell. Primary suppression applies to every table (cells of 1 to
 * {@code seuil - 1} persons), then secondary suppression runs on the whole system (see
 * {@link SecretStatistique}), so no masked cell of any table is derivable from all the published cells of all the
 * tables together. The mask is the same whichever filter is requested: the unfiltered report and every one-filter
 * report show the masks computed here.
 *
 * <p><b>Publishable filters: one dimension at a time.</b> A report filtered on two dimensions (département and
 * nature) is a cell of the cross-classification, which this set does not protect: it would add, for each département,
 * its slices by nature, and those are more tables linked to the ones here. The rule is therefore: the report is
 * published unfiltered or with exactly one filter ({@link #publiable}); a combination of filters is refused.
 *
 * <p>A slice that has no data for a row (the row is absent from its query) counts 0 persons there: an empty cell,
 * published as 0, never masked for itself, and chosen for the secondary secret only when no non-empty cell can be (a
 * reader knows that a slice has nothing in a row its filter excludes, so masking such a cell would protect nothing;
 * when the persons add up like the values, a non-empty cell is always available). If the values of a dimension do not cover the whole population (an
 * établissement without nature), the sum is still assumed equal to the unfiltered cell: the reader's relation then
 * has an unknown remainder, and protecting against the stronger relation only protects more. Only additive columns
 * are linked; derived columns are masked with their sources when the table is published.
 */
public final class EnsembleLie {

    private final List<String> lignes;
    private final int colonnes;
    private final boolean[] additives;
    private final List<Equation> equations;
    private long[] ensemble;
    private final Map<String, Map<String, long[]>> tranches = new LinkedHashMap<>();
    /** Cells masked whatever their persons: the same number is masked in another table (table t, cell). */
    private final List<int[]> forcees = new ArrayList<>();

    /**
     * @param lignes    the row keys of the unfiltered table, in order, the total row last when the table has one;
     *                  the slices' rows are a subset of them
     * @param additives for each column, whether it adds up (over rows, and over the slices of a dimension)
     * @param equations the additive relations of one table, on cells {@code row * columns + col}
     *                  (as {@code Grille.equations()} of the unfiltered table)
     */
    public EnsembleLie(List<String> lignes, boolean[] additives, List<Equation> equations) {
        this.lignes = List.copyOf(lignes);
        this.colonnes = additives.length;
        this.additives = additives.clone();
        this.equations = List.copyOf(equations);
        int n = cellules();
        for (Equation e : this.equations) {
            if (Arrays.stream(e.cellules()).anyMatch(c -> c < 0 || c >= n)) {
                throw new IllegalArgumentException("Équation hors du tableau : " + e);
            }
        }
    }

    /** True when at most one filter is set: only the unfiltered report and one-filter reports are protected. */
    public static boolean publiable(String... filtres) {
        return Arrays.stream(filtres).filter(f -> f != null && !f.isBlank()).count() <= 1;
    }

    /** Cells of one table. */
    public int cellules() {
        return lignes.size() * colonnes;
    }

    /** Persons behind each cell of the unfiltered table, {@code row * columns + col}. */
    public EnsembleLie ensemble(long[] personnes) {
        this.ensemble = verifier(personnes).clone();
        return this;
    }

    /** Persons of the unfiltered table by row key; every row of the table must be given. */
    public EnsembleLie ensemble(Map<String, long[]> parLigne) {
        if (!parLigne.keySet().containsAll(lignes)) {
            throw new IllegalArgumentException("Lignes manquantes dans le tableau sans filtre");
        }
        return ensemble(aligner(parLigne));
    }

    /** Persons behind each cell of the table filtered on {@code dimension = valeur}, same numbering. */
    public EnsembleLie tranche(String dimension, String valeur, long[] personnes) {
        Map<String, long[]> d = tranches.computeIfAbsent(dimension, k -> new LinkedHashMap<>());
        if (d.containsKey(valeur)) {
            throw new IllegalArgumentException("Tranche en double : " + dimension + " = " + valeur);
        }
        d.put(valeur, verifier(personnes).clone());
        return this;
    }

    /** Persons of a slice by row key; a row absent from the slice counts 0 persons. */
    public EnsembleLie tranche(String dimension, String valeur, Map<String, long[]> parLigne) {
        return tranche(dimension, valeur, aligner(parLigne));
    }

    private long[] aligner(Map<String, long[]> parLigne) {
        long[] p = new long[cellules()];
        parLigne.forEach((cle, valeurs) -> {
            int l = lignes.indexOf(cle);
            if (l < 0) {
                throw new IllegalArgumentException("Ligne inconnue du tableau sans filtre : " + cle);
            }
            if (valeurs.length != colonnes) {
                throw new IllegalArgumentException(colonnes + " colonnes attendues pour " + cle);
            }
            System.arraycopy(valeurs, 0, p, l * colonnes, colonnes);
        });
        return p;
    }

    private long[] verifier(long[] personnes) {
        if (personnes.length != cellules()) {
            throw new IllegalArgumentException(cellules() + " cellules attendues, " + personnes.length + " reçues");
        }
        return personnes;
    }

    /** The joint system: table t (0 the unfiltered one, then the slices in the order given) owns cells t * n ... */
    List<Equation> equationsLiees() {
        int n = cellules();
        List<Equation> eq = new ArrayList<>();
        int tables = 1 + tranches.values().stream().mapToInt(Map::size).sum();
        for (int t = 0; t < tables; t++) {
            int decalage = t * n;
            for (Equation e : equations) {
                eq.add(new Equation(Arrays.stream(e.parties()).map(c -> c + decalage).toArray(), e.total() + decalage));
            }
        }
        int premiere = 1;
        for (Map<String, long[]> d : tranches.values()) {
            int debut = premiere;
            for (int c = 0; c < n; c++) {
                if (additives[c % colonnes]) {
                    int cellule = c;
                    eq.add(new Equation(IntStream.range(debut, debut + d.size()).map(t -> t * n + cellule).toArray(), c));
                }
            }
            premiere += d.size();
        }
        return eq;
    }

    private long[] personnesLiees() {
        if (ensemble == null) {
            throw new IllegalStateException("Tableau sans filtre absent");
        }
        List<long[]> tables = new ArrayList<>();
        tables.add(ensemble);
        tranches.values().forEach(d -> tables.addAll(d.values()));
        return tables.stream().flatMapToLong(Arrays::stream).toArray();
    }

    /**
     * Masks the cell of row {@code ligne}, column {@code colonne} of the version {@code dimension = valeur} (the
     * unfiltered table when {@code dimension} is null) whatever its persons, its complements being chosen by the
     * secondary suppression like any masked cell's: another table publishes the same number and masks it there
     * ({@code SecretDesRapports}). A version or a row this set does not have is ignored, and so is a cell of
     * nobody: its 0 is public (an empty row, no fact), masking it would protect nothing.
     *
     * @return whether the cell is newly imposed (so the set must be masked again)
     */
    public boolean forcer(String dimension, String valeur, String ligne, int colonne) {
        int l = lignes.indexOf(ligne);
        int t = dimension == null ? 0 : rang(dimension, valeur);
        int cellule = l * colonnes + colonne;
        if (l < 0 || t < 0 || personnes(t)[cellule] == 0) {
            return false;
        }
        if (forcees.stream().anyMatch(f -> f[0] == t && f[1] == cellule)) {
            return false;
        }
        forcees.add(new int[]{t, cellule});
        return true;
    }

    /** Persons of table {@code t} of the joint system (0 the unfiltered one), without building the whole system. */
    private long[] personnes(int t) {
        if (t == 0) {
            return ensemble;
        }
        int i = 1;
        for (Map<String, long[]> d : tranches.values()) {
            for (long[] p : d.values()) {
                if (i++ == t) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException("Pas de tableau " + t);
    }

    /** Position of a slice in the joint system (1 the first), -1 if absent. */
    private int rang(String dimension, String valeur) {
        int t = 1;
        for (Map.Entry<String, Map<String, long[]>> d : tranches.entrySet()) {
            for (String v : d.getValue().keySet()) {
                if (d.getKey().equals(dimension) && v.equals(valeur)) {
                    return t;
                }
                t++;
            }
        }
        return -1;
    }

    /** Primary then secondary suppression on the linked set; one mask per table. */
    public Masques masquer(int seuil) {
        long[] personnes = personnesLiees();
        boolean[] initial = SecretStatistique.primaire(personnes, seuil);
        for (int[] f : forcees) {
            initial[f[0] * cellules() + f[1]] = true;
        }
        // the unfiltered table's totals last: the report's other tables publish them too (SecretDesRapports)
        boolean[] enDernier = new boolean[personnes.length];
        equations.forEach(e -> enDernier[e.total()] = true);
        boolean[] masque = SecretStatistique.secondaire(personnes, equationsLiees(), initial, true, enDernier);
        int n = cellules();
        Map<String, Map<String, boolean[]>> parTranche = new LinkedHashMap<>();
        int t = 1;
        for (Map.Entry<String, Map<String, long[]>> d : tranches.entrySet()) {
            Map<String, boolean[]> valeurs = new LinkedHashMap<>();
            for (String v : d.getValue().keySet()) {
                valeurs.put(v, Arrays.copyOfRange(masque, t * n, (t + 1) * n));
                t++;
            }
            parTranche.put(d.getKey(), valeurs);
        }
        return new Masques(Arrays.copyOf(masque, n), parTranche, lignes, colonnes);
    }

    /** The masks of the linked set: cells {@code row * columns + col} of each table. */
    public static final class Masques {

        private final boolean[] ensemble;
        private final Map<String, Map<String, boolean[]>> tranches;
        private final List<String> lignes;
        private final int colonnes;

        Masques(boolean[] ensemble, Map<String, Map<String, boolean[]>> tranches, List<String> lignes, int colonnes) {
            this.ensemble = ensemble;
            this.tranches = tranches;
            this.lignes = lignes;
            this.colonnes = colonnes;
        }

        /** Mask of the unfiltered table. */
        public boolean[] ensemble() {
            return ensemble.clone();
        }

        /** Mask of the table filtered on {@code dimension = valeur}; a value never given has no data: nothing masked. */
        public boolean[] tranche(String dimension, String valeur) {
            boolean[] m = tranches.getOrDefault(dimension, Map.of()).get(valeur);
            return m == null ? new boolean[ensemble.length] : m.clone();
        }

        /** The mask for a request: unfiltered when {@code dimension} is null. */
        public boolean[] pour(String dimension, String valeur) {
            return dimension == null ? ensemble() : tranche(dimension, valeur);
        }

        /** Whether the cell of row {@code cle}, column {@code colonne} is masked in that table (absent row: no). */
        public boolean masquee(String dimension, String valeur, String cle, int colonne) {
            int l = lignes.indexOf(cle);
            return l >= 0 && pour(dimension, valeur)[l * colonnes + colonne];
        }

        /** Masked cells over all the tables, for the edition journal. */
        public int nombre() {
            int n = 0;
            for (boolean b : ensemble) {
                n += b ? 1 : 0;
            }
            for (Map<String, boolean[]> d : tranches.values()) {
                for (boolean[] m : d.values()) {
                    for (boolean b : m) {
                        n += b ? 1 : 0;
                    }
                }
            }
            return n;
        }
    }
}
