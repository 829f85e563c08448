package fr.pacte.entrepot.secret;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnsembleLieTest {

    private static final int SEUIL = 5;

    @Test
    void theAttackerRecomputesByDifferenceWhatPerTableMaskingHides() {
        // département 1: A = 3, B = 20; département 2: A = 10, B = 30; all: A = 13, B = 50, total 63
        Famille f = new Famille(2, new boolean[]{true}, new int[]{2});
        f.atome(new int[]{0}, new long[]{3, 20});
        f.atome(new int[]{1}, new long[]{10, 30});
        List<boolean[]> parTable = f.tables().stream().map(p -> SecretStatistique.masquer(p, f.equationsTable(), SEUIL))
                .toList();
        boolean[] seul = joindre(parTable);
        // each table alone is safe: département 1 hides A and B, the others hide nothing
        assertArrayEquals(new boolean[]{true, true, false}, parTable.get(1));
        parTable.forEach(m -> assertEquals(List.of(), Lecteur.recalculables(m, f.equationsTable())));
        // but A of département 1 = A of all - A of département 2 = 13 - 10
        int aDuDepartement1 = f.cellules();
        assertEquals(List.of(aDuDepartement1, aDuDepartement1 + 1), Lecteur.recalculables(seul, f.equationsAttaquant()));

        EnsembleLie.Masques lie = f.ensembleLie().masquer(SEUIL);
        boolean[] joint = joindre(f.masques(lie));
        assertTrue(joint[aDuDepartement1]);
        assertEquals(List.of(), Lecteur.recalculables(joint, f.equationsAttaquant()));
    }

    /** A cell another table masks is masked here too, with its complement; a cell of nobody is never imposed. */
    @Test
    void anImposedCellIsMaskedAndProtectedButNotACellOfNobody() {
        // rows A = 40, B = 30, C = 0 persons, total 70; one additive column; no slice
        EnsembleLie lie = new EnsembleLie(List.of("A", "B", "C", "Ensemble"), new boolean[]{true},
                List.of(new Equation(new int[]{0, 1, 2}, 3)))
                .ensemble(new long[]{40, 30, 0, 70});
        assertFalse(lie.masquer(SEUIL).masquee(null, null, "A", 0), "rien sous le seuil");
        assertTrue(lie.forcer(null, null, "A", 0));
        assertFalse(lie.forcer(null, null, "A", 0), "déjà imposée");
        assertFalse(lie.forcer(null, null, "C", 0), "personne derrière : son 0 est public");
        assertFalse(lie.forcer("departement", "038", "A", 0), "pas de telle tranche");
        EnsembleLie.Masques m = lie.masquer(SEUIL);
        assertTrue(m.masquee(null, null, "A", 0));
        assertTrue(m.masquee(null, null, "B", 0), "son complément, plutôt que le total");
        assertFalse(m.masquee(null, null, "Ensemble", 0), "le total que d'autres tableaux publient, en dernier");
    }

    @Test
    void randomFamiliesRevealNothingToAReaderHoldingEveryFilteredReport() {
        Random hasard = new Random(20260501);
        int fuitesParTable = 0;
        for (int essai = 0; essai < 60; essai++) {
            boolean totalColonne = hasard.nextInt(3) == 0;
            Famille f = Famille.auHasard(hasard, 2 + hasard.nextInt(4), (totalColonne ? 2 : 1) + hasard.nextInt(3),
                    IntStream.range(0, 1 + hasard.nextInt(3)).map(d -> 1 + hasard.nextInt(4)).toArray(), 0.5,
                    totalColonne);
            EnsembleLie.Masques m = f.ensembleLie().masquer(SEUIL);
            boolean[] joint = joindre(f.masques(m));
            long[] personnes = joindreLong(f.tables());
            for (int c = 0; c < joint.length; c++) {
                if (personnes[c] > 0 && personnes[c] < SEUIL) {
                    assertTrue(joint[c], "cellule " + c + " sous le seuil non masquée, essai " + essai);
                }
            }
            assertEquals(List.of(), Lecteur.recalculables(joint, f.equationsAttaquant()), "essai " + essai);

            boolean[] seul = joindre(f.tables().stream()
                    .map(p -> SecretStatistique.masquer(p, f.equationsTable(), SEUIL)).toList());
            fuitesParTable += Lecteur.recalculables(seul, f.equationsAttaquant()).isEmpty() ? 0 : 1;
        }
        assertTrue(fuitesParTable > 0, "le lecteur doit percer le secret table par table sur ces familles");
        System.out.println("Secret table par table percé par différence dans " + fuitesParTable + " familles sur 60");
    }

    @Test
    void aFamilyWithoutSmallCellsMasksNothing() {
        Random hasard = new Random(3);
        Famille f = new Famille(4, new boolean[]{true, true, false}, new int[]{3, 2});
        for (int d = 0; d < 3; d++) {
            for (int n = 0; n < 2; n++) {
                long[] p = new long[12];
                for (int i = 0; i < 12; i++) {
                    p[i] = hasard.nextInt(3) == 0 ? 0 : SEUIL + hasard.nextInt(40);
                }
                f.atome(new int[]{d, n}, p);
            }
        }
        EnsembleLie.Masques m = f.ensembleLie().masquer(SEUIL);
        assertEquals(0, m.nombre());
    }

    @Test
    void aRowMissingFromASliceIsAnEmptyCellAndKeysAlignTheRows() {
        EnsembleLie e = new EnsembleLie(List.of("A", "B", "Ensemble"), new boolean[]{true},
                List.of(new Equation(new int[]{0, 1}, 2)));
        e.ensemble(Map.of("A", new long[]{3}, "B", new long[]{40}, "Ensemble", new long[]{43}));
        e.tranche("departement", "073", Map.of("A", new long[]{3}, "Ensemble", new long[]{3}));
        e.tranche("departement", "074", Map.of("B", new long[]{40}, "Ensemble", new long[]{40}));
        EnsembleLie.Masques m = e.masquer(SEUIL);
        // 073 has only A: its total is A, so both are masked, and in the unfiltered table A needs a partner
        assertArrayEquals(new boolean[]{true, false, true}, m.tranche("departement", "073"));
        assertTrue(m.masquee(null, null, "A", 0));
        assertFalse(m.masquee("departement", "073", "B", 0), "la ligne absente reste vide, publiée à 0");
        assertArrayEquals(new boolean[3], m.tranche("departement", "999"));
        assertThrows(IllegalArgumentException.class,
                () -> e.tranche("nature", "LYC", Map.of("C", new long[]{1})));
    }

    @Test
    void onlyOneFilterAtATimeIsPublishable() {
        assertTrue(EnsembleLie.publiable(null, null, null));
        assertTrue(EnsembleLie.publiable("073", null, " "));
        assertFalse(EnsembleLie.publiable("073", "LYC", null));
    }

    @Test
    void timingsOfTheAcademieAndNationalSizes() {
        Random hasard = new Random(18);
        // 6 rows (5 + total) x 3 additive columns; 5 départements, 7 natures, 2 secteurs
        Famille academie = Famille.auHasard(hasard, 5, 3, new int[]{5, 7, 2}, 0.15);
        long debut = System.nanoTime();
        boolean[] joint = joindre(academie.masques(academie.ensembleLie().masquer(SEUIL)));
        long ms = (System.nanoTime() - debut) / 1_000_000;
        System.out.printf("Académie : %d cellules, %d sous le seuil, %d masquées, %d ms%n", joint.length,
                compter(SecretStatistique.primaire(joindreLong(academie.tables()), SEUIL)), compter(joint), ms);
        assertEquals(List.of(), Lecteur.recalculables(joint, academie.equationsAttaquant()));

        Famille nationale = Famille.auHasard(hasard, 5, 3, new int[]{100, 7, 2}, 0.08);
        debut = System.nanoTime();
        joint = joindre(nationale.masques(nationale.ensembleLie().masquer(SEUIL)));
        ms = (System.nanoTime() - debut) / 1_000_000;
        System.out.printf("National : %d cellules, %d sous le seuil, %d masquées, %d ms%n", joint.length,
                compter(SecretStatistique.primaire(joindreLong(nationale.tables()), SEUIL)), compter(joint), ms);
        assertEquals(List.of(), Lecteur.recalculables(joint, nationale.equationsAttaquant()));
    }

    private static int compter(boolean[] m) {
        int n = 0;
        for (boolean b : m) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static boolean[] joindre(List<boolean[]> masques) {
        boolean[] joint = new boolean[masques.stream().mapToInt(m -> m.length).sum()];
        int i = 0;
        for (boolean[] m : masques) {
            System.arraycopy(m, 0, joint, i, m.length);
            i += m.length;
        }
        return joint;
    }

    private static long[] joindreLong(List<long[]> tables) {
        return tables.stream().flatMapToLong(java.util.Arrays::stream).toArray();
    }

    /**
     * A population split into atoms (one per combination of the dimensions' values), each atom an inner table of
     * counts; the unfiltered table and the slices are sums of atoms, with their total row. Written apart from
     * {@link EnsembleLie} so the reader's equations do not come from the code under test.
     */
    private static final class Famille {
        final int lignes;
        final boolean[] additives;
        final int[] valeurs;
        /** The last column adds up the others in every row (as {@code Grille.totalColonne}). */
        boolean totalColonne;
        final Map<List<Integer>, long[]> atomes = new LinkedHashMap<>();

        Famille(int lignesInternes, boolean[] additives, int[] valeursParDimension) {
            this.lignes = lignesInternes + 1;
            this.additives = additives;
            this.valeurs = valeursParDimension;
        }

        static Famille auHasard(Random hasard, int lignesInternes, int colonnes, int[] valeurs, double densite) {
            return auHasard(hasard, lignesInternes, colonnes, valeurs, densite, false);
        }

        static Famille auHasard(Random hasard, int lignesInternes, int colonnes, int[] valeurs, double densite,
                boolean totalColonne) {
            boolean[] additives = new boolean[colonnes];
            java.util.Arrays.fill(additives, true);
            Famille f = new Famille(lignesInternes, additives, valeurs);
            f.totalColonne = totalColonne;
            int[] combinaison = new int[valeurs.length];
            int combinaisons = 1;
            for (int v : valeurs) {
                combinaisons *= v;
            }
            for (int k = 0; k < combinaisons; k++) {
                int reste = k;
                for (int d = 0; d < valeurs.length; d++) {
                    combinaison[d] = reste % valeurs[d];
                    reste /= valeurs[d];
                }
                long[] p = new long[lignesInternes * colonnes];
                for (int i = 0; i < p.length; i++) {
                    // many empty and small cells, a few large ones
                    p[i] = hasard.nextDouble() >= densite ? 0
                            : hasard.nextInt(4) == 0 ? hasard.nextInt(30) : 1 + hasard.nextInt(3);
                }
                if (totalColonne) {
                    for (int l = 0; l < lignesInternes; l++) {
                        p[(l + 1) * colonnes - 1] = 0;
                        for (int c = 0; c < colonnes - 1; c++) {
                            p[(l + 1) * colonnes - 1] += p[l * colonnes + c];
                        }
                    }
                }
                f.atome(combinaison.clone(), p);
            }
            return f;
        }

        void atome(int[] combinaison, long[] internes) {
            atomes.put(IntStream.of(combinaison).boxed().toList(), internes);
        }

        int colonnes() {
            return additives.length;
        }

        int cellules() {
            return lignes * colonnes();
        }

        /** The table of the atoms matching {@code dimension = valeur} (dimension -1: all), with its total row. */
        long[] table(int dimension, int valeur) {
            int nc = colonnes();
            long[] t = new long[cellules()];
            atomes.forEach((cle, internes) -> {
                if (dimension < 0 || cle.get(dimension) == valeur) {
                    for (int i = 0; i < internes.length; i++) {
                        t[i] += internes[i];
                        t[(lignes - 1) * nc + i % nc] += internes[i];
                    }
                }
            });
            return t;
        }

        /** Unfiltered table, then the slices dimension by dimension. */
        List<long[]> tables() {
            List<long[]> t = new ArrayList<>();
            t.add(table(-1, 0));
            for (int d = 0; d < valeurs.length; d++) {
                for (int v = 0; v < valeurs[d]; v++) {
                    t.add(table(d, v));
                }
            }
            return t;
        }

        List<Equation> equationsTable() {
            int nc = colonnes();
            List<Equation> eq = new ArrayList<>();
            for (int c = 0; c < nc; c++) {
                if (additives[c]) {
                    int col = c;
                    eq.add(new Equation(IntStream.range(0, lignes - 1).map(l -> l * nc + col).toArray(),
                            (lignes - 1) * nc + c));
                }
            }
            if (totalColonne) {
                for (int l = 0; l < lignes; l++) {
                    int ligne = l;
                    eq.add(new Equation(IntStream.range(0, nc - 1).map(c -> ligne * nc + c).toArray(), l * nc + nc - 1));
                }
            }
            return eq;
        }

        /** Everything a reader of all the reports can write: each table's totals and the sums over each dimension. */
        List<Equation> equationsAttaquant() {
            int n = cellules();
            int tables = 1 + IntStream.of(valeurs).sum();
            List<Equation> eq = new ArrayList<>();
            for (int t = 0; t < tables; t++) {
                for (Equation e : equationsTable()) {
                    int d = t * n;
                    eq.add(new Equation(IntStream.of(e.parties()).map(c -> c + d).toArray(), e.total() + d));
                }
            }
            int premiere = 1;
            for (int nombre : valeurs) {
                for (int c = 0; c < n; c++) {
                    if (additives[c % colonnes()]) {
                        int debut = premiere;
                        int cellule = c;
                        eq.add(new Equation(IntStream.range(0, nombre).map(v -> (debut + v) * n + cellule).toArray(), c));
                    }
                }
                premiere += nombre;
            }
            return eq;
        }

        EnsembleLie ensembleLie() {
            List<String> cles = new ArrayList<>(IntStream.range(0, lignes - 1).mapToObj(l -> "L" + l).toList());
            cles.add("Ensemble");
            EnsembleLie e = new EnsembleLie(cles, additives, equationsTable());
            e.ensemble(table(-1, 0));
            for (int d = 0; d < valeurs.length; d++) {
                for (int v = 0; v < valeurs[d]; v++) {
                    e.tranche("d" + d, "v" + v, table(d, v));
                }
            }
            return e;
        }

        List<boolean[]> masques(EnsembleLie.Masques m) {
            List<boolean[]> t = new ArrayList<>();
            t.add(m.ensemble());
            for (int d = 0; d < valeurs.length; d++) {
                for (int v = 0; v < valeurs[d]; v++) {
                    t.add(m.tranche("d" + d, "v" + v));
                }
            }
            return t;
        }
    }
}
