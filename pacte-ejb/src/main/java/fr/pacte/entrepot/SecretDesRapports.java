package fr.pacte.entrepot;

import fr.pacte.entrepot.secret.EnsembleLie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The statistical secret across the filtered versions of the annual report (issue 18, point 4). For one campaign and
 * one population, the report exists unfiltered and filtered on each département, each nature and each secteur; the
 * slices of one dimension add up to the unfiltered tables, so masking each version on its own lets a reader recompute
 * a masked cell by difference. Each table is therefore masked once over the whole linked set ({@link EnsembleLie}),
 * and every version shows its part of that one mask. Only one filter at a time is published: a combination
 * (département and nature) would be a cell of the cross-classification, outside the linked set.
 *
 * <p>Tables share cells: T03 filtered on a département has that département's T06 row as its total, T07 and T08
 * count the same missions. Such cells ({@link SensDesCellules}) are masked alike in every table that shows them
 * ({@link #accorder}); the sums between mission tables (T20's rows adding up to T08's, T08's to T07's) are one more
 * linked set ({@link HierarchieDesMissions}) whose cells are keyed like theirs. The population is the universe of a linked set, not one of its dimensions, so two
 * populations are masked apart. The evolution table (T16) is not in the set: it only copies cells
 * of the other tables of N and N-1 with their masks ({@link EvolutionPubliee}).
 */
public final class SecretDesRapports {

    public static final String DEPARTEMENT = "departement";
    public static final String NATURE = "nature";
    public static final String SECTEUR = "secteur";

    /** The values of each filter dimension in the campaign loaded: the slices of the linked set. */
    public record Valeurs(List<String> departements, List<String> natures, List<String> secteurs) {

        /** True when the filter's slice exists in the campaign (no filter: the unfiltered version always does). */
        public boolean contient(FiltreStatistiques f) {
            return (f.departement() == null || departements.contains(f.departement()))
                    && (f.nature() == null || natures.contains(f.nature()))
                    && (f.secteur() == null || secteurs.contains(f.secteur()));
        }
    }

    /** The masks of one campaign and population: for each table, its linked masks and the unfiltered row/columns. */
    public static final class Masques {

        private final Map<String, EnsembleLie.Masques> parTableau;
        private final Map<String, List<String>> colonnesDe;

        Masques(Map<String, EnsembleLie.Masques> parTableau, Map<String, List<String>> colonnesDe) {
            this.parTableau = parTableau;
            this.colonnesDe = colonnesDe;
        }
    }

    private SecretDesRapports() {
    }

    /** Refuses a combination of filters (they are not protected against one another). */
    public static void verifier(FiltreStatistiques f) {
        if (!EnsembleLie.publiable(f.departement(), f.nature(), f.secteur())) {
            throw new FiltreInvalideException("filtres", "Un seul filtre à la fois : département, nature ou secteur. "
                    + "Les combinaisons de filtres ne sont pas publiées, car elles permettraient de retrouver par "
                    + "différence des effectifs couverts par le secret statistique.");
        }
    }

    /**
     * Computes the masks of every table: {@code grilles} gives the tables of the report for a filter (the same
     * tables, in the same order, whatever the filter); {@code rangsT07} the catalogue: mission code → T07's row of
     * its dispositif and catégorie ({@link HierarchieDesMissions}).
     */
    public static Masques calculer(Population population, Valeurs valeurs, int seuil,
            Function<FiltreStatistiques, List<Grille>> grilles, Map<String, String> rangsT07) {
        List<Grille> ensemble = grilles.apply(new FiltreStatistiques(null, null, null, population));
        Map<String, Map<String, List<Grille>>> tranches = new LinkedHashMap<>();
        tranches.put(DEPARTEMENT, tranches(valeurs.departements(), v -> new FiltreStatistiques(v, null, null, population), grilles));
        tranches.put(NATURE, tranches(valeurs.natures(), v -> new FiltreStatistiques(null, v, null, population), grilles));
        tranches.put(SECTEUR, tranches(valeurs.secteurs(), v -> new FiltreStatistiques(null, null, v, population), grilles));
        Map<String, EnsembleLie> lies = new LinkedHashMap<>();
        Map<String, List<String>> colonnesDe = new HashMap<>();
        for (int t = 0; t < ensemble.size(); t++) {
            Grille g = ensemble.get(t);
            List<String> colonnes = colonnes(g);
            boolean[] additives = new boolean[colonnes.size()];
            for (int c = 0; c < additives.length; c++) {
                additives[c] = g.colonne(c).additive();
            }
            EnsembleLie lie = new EnsembleLie(g.libelles(), additives, g.equations()).ensemble(g.personnesParLigne());
            for (Map.Entry<String, Map<String, List<Grille>>> d : tranches.entrySet()) {
                for (Map.Entry<String, List<Grille>> v : d.getValue().entrySet()) {
                    Grille tranche = v.getValue().get(t);
                    lie.tranche(d.getKey(), v.getKey(), aligner(tranche, colonnes, g.libelles()));
                }
            }
            lies.put(g.code(), lie);
            colonnesDe.put(g.code(), colonnes);
        }
        Map<String, List<MemesCellules.Reference>> classes = MemesCellules.de(ensemble, tranches);
        HierarchieDesMissions.ajouter(ensemble, tranches, rangsT07, lies, classes, SensDesCellules.departements(
                ensemble.stream().filter(g -> g.code().equals("T06")).findFirst().map(Grille::libelles).orElse(List.of())));
        Map<String, EnsembleLie.Masques> parTableau = new HashMap<>();
        lies.forEach((code, lie) -> parTableau.put(code, lie.masquer(seuil)));
        accorder(classes.values().stream().filter(c -> c.size() > 1).toList(), lies, parTableau, seuil);
        return new Masques(parTableau, colonnesDe);
    }

    /**
     * The same number published in two tables (a slice's total row and the slice dimension's table, a count in T07
     * and T08…) is masked in both: each class of equal cells with a masked member gets every member masked, and the
     * tables concerned are masked again with those cells imposed, until no class is split — but for a member that
     * counts nobody in its table (its 0 is public, see {@link EnsembleLie#forcer}). The imposed cells only grow, so it
     * ends.
     */
    private static void accorder(List<List<MemesCellules.Reference>> classes, Map<String, EnsembleLie> lies,
            Map<String, EnsembleLie.Masques> parTableau, int seuil) {
        while (true) {
            java.util.Set<String> aRecalculer = new java.util.HashSet<>();
            for (List<MemesCellules.Reference> classe : classes) {
                if (classe.stream().noneMatch(r -> masquee(parTableau, r))) {
                    continue;
                }
                for (MemesCellules.Reference r : classe) {
                    if (!masquee(parTableau, r)
                            && lies.get(r.tableau()).forcer(r.dimension(), r.valeur(), r.ligne(), r.colonne())) {
                        aRecalculer.add(r.tableau());
                    }
                }
            }
            if (aRecalculer.isEmpty()) {
                return;
            }
            aRecalculer.forEach(code -> parTableau.put(code, lies.get(code).masquer(seuil)));
        }
    }

    private static boolean masquee(Map<String, EnsembleLie.Masques> parTableau, MemesCellules.Reference r) {
        return parTableau.get(r.tableau()).masquee(r.dimension(), r.valeur(), r.ligne(), r.colonne());
    }

    /** The report's tables for the filter asked, each with its part of the linked mask. */
    public static List<TableauStatistique> publier(List<Grille> demandees, FiltreStatistiques f, Masques masques) {
        String dimension = f.departement() != null ? DEPARTEMENT : f.nature() != null ? NATURE
                : f.secteur() != null ? SECTEUR : null;
        String valeur = f.departement() != null ? f.departement() : f.nature() != null ? f.nature() : f.secteur();
        List<TableauStatistique> publiees = new ArrayList<>();
        for (Grille g : demandees) {
            EnsembleLie.Masques m = masques.parTableau.get(g.code());
            List<String> colonnesLiees = masques.colonnesDe.get(g.code());
            List<String> colonnes = colonnes(g);
            List<String> lignes = g.libelles();
            boolean[] masque = new boolean[lignes.size() * colonnes.size()];
            for (int l = 0; l < lignes.size(); l++) {
                for (int c = 0; c < colonnes.size(); c++) {
                    int lie = colonnesLiees.indexOf(colonnes.get(c));
                    // a row or column outside the linked set (a value loaded after the masks) is not published
                    masque[l * colonnes.size() + c] = lie < 0 || m.masquee(dimension, valeur, lignes.get(l), lie);
                }
            }
            publiees.add(g.publier(masque));
        }
        return publiees;
    }

    private static Map<String, List<Grille>> tranches(List<String> valeurs, Function<String, FiltreStatistiques> filtre,
            Function<FiltreStatistiques, List<Grille>> grilles) {
        Map<String, List<Grille>> m = new LinkedHashMap<>();
        for (String v : valeurs) {
            m.put(v, grilles.apply(filtre.apply(v)));
        }
        return m;
    }

    private static List<String> colonnes(Grille g) {
        List<String> l = new ArrayList<>();
        for (int c = 0; c < g.nombreColonnes(); c++) {
            l.add(g.colonne(c).libelle());
        }
        return l;
    }

    /**
     * A slice's persons by row, in the unfiltered table's columns: a column the slice lacks (a month without
     * payment there) counts 0; a row the unfiltered table lacks cannot occur (a slice is part of it).
     */
    private static Map<String, long[]> aligner(Grille tranche, List<String> colonnes, List<String> lignes) {
        List<String> siennes = colonnes(tranche);
        Map<String, long[]> m = new LinkedHashMap<>();
        tranche.personnesParLigne().forEach((ligne, p) -> {
            if (!lignes.contains(ligne)) {
                throw new IllegalStateException(tranche.code() + " : ligne " + ligne + " absente du tableau sans filtre");
            }
            long[] a = new long[colonnes.size()];
            for (int c = 0; c < siennes.size(); c++) {
                int i = colonnes.indexOf(siennes.get(c));
                if (i < 0) {
                    throw new IllegalStateException(tranche.code() + " : colonne " + siennes.get(c) + " absente du tableau sans filtre");
                }
                a[i] = p[c];
            }
            m.put(ligne, a);
        });
        return m;
    }
}
