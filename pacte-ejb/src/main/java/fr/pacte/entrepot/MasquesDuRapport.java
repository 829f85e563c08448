package fr.pacte.entrepot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the annual report of a campaign and population masks, for the exploration (issue 18, point 4): a pivot cell
 * is masked when the report masks the same number (same {@link SensDesCellules} key), and also when it is a sum of
 * report cells one of which the report masks — missions by discipline add up T20's rows of that discipline, missions
 * by catégorie T07's rows of both dispositifs, discipline × catégorie T20's missions of that catégorie (the
 * catalogue says which), any of them the report's slices. Published, such a sum would give the masked cell from the
 * others (or their sum, a relation the report never shows). Only cells the report does not publish are concerned: a
 * report cell is the report's, whose own linked sets already agree with its finer cells.
 */
public final class MasquesDuRapport {

    private final Set<String> masquees = new HashSet<>();
    /**
     * The unfiltered cells (of the person tables: only their keys can be a mission cell's coarser one): coarser cells
     * the report publishes keep the report's decision.
     */
    private final Set<String> auRapport = new HashSet<>();
    /**
     * Keys of cells coarser than a masked mission cell: every subset of its conditions but a slice's, a mission read as
     * its catégorie (the masked cell itself among them, a report cell: never imposed from here).
     */
    private final Set<String> sommesDeMasquees = new HashSet<>();
    /** Quantity and conditions (without a slice) of the masked mission cells already expanded. */
    private final Set<String> etendues = new HashSet<>();
    /** Mission code → its dispositif and catégorie as the report labels them. */
    private final Map<String, List<String>> catalogue = new HashMap<>();

    /** @param rangsT07 mission code → T07's row label of its dispositif and catégorie ("Pacte – Coordination") */
    MasquesDuRapport(Map<String, String> rangsT07) {
        rangsT07.forEach((code, rang) -> {
            List<String> d = SensDesCellules.decouper(rang, 2);
            if (d != null) {
                catalogue.put(code, d);
            }
        });
    }

    /**
     * The masks of every version of a report: unfiltered and each slice ({@code tableaux} gives a version's published
     * tables, {@code valeurs} the campaign's slices).
     */
    public static MasquesDuRapport de(Map<String, String> rangsT07, SecretDesRapports.Valeurs valeurs,
            Population population, Function<FiltreStatistiques, List<TableauStatistique>> tableaux) {
        MasquesDuRapport masques = new MasquesDuRapport(rangsT07);
        List<TableauStatistique> ensemble = tableaux.apply(new FiltreStatistiques(null, null, null, population));
        Map<String, String> departements = SensDesCellules.departements(ensemble.stream()
                .filter(t -> t.code().equals("T06")).flatMap(t -> t.lignes().stream()).map(LigneStatistique::libelle)
                .toList());
        masques.ajouter(ensemble, null, null);
        for (String d : valeurs.departements()) {
            masques.ajouter(tableaux.apply(new FiltreStatistiques(d, null, null, population)), SecretDesRapports.DEPARTEMENT,
                    SensDesCellules.libelleTranche(SecretDesRapports.DEPARTEMENT, d, departements));
        }
        for (String n : valeurs.natures()) {
            masques.ajouter(tableaux.apply(new FiltreStatistiques(null, n, null, population)), SecretDesRapports.NATURE,
                    SensDesCellules.libelleTranche(SecretDesRapports.NATURE, n, departements));
        }
        for (String s : valeurs.secteurs()) {
            masques.ajouter(tableaux.apply(new FiltreStatistiques(null, null, s, population)), SecretDesRapports.SECTEUR,
                    SensDesCellules.libelleTranche(SecretDesRapports.SECTEUR, s, departements));
        }
        return masques;
    }

    private void ajouter(List<TableauStatistique> tableaux, String dimension, String libelle) {
        for (TableauStatistique t : tableaux) {
            for (LigneStatistique l : t.lignes()) {
                for (int c = 0; c < t.colonnes().size(); c++) {
                    ajouter(t.code(), dimension, libelle, l.libelle(), t.colonnes().get(c).libelle(), l.masquee(c));
                }
            }
        }
    }

    /**
     * A cell of a version of the report ({@code dimension} and {@code libelle}: its filter, null unfiltered). Only the
     * mission tables' coarser cells are kept: a person table's coarser cells (its total, the slice's row of the slice
     * dimension's table) are report cells, and a pivot never has a mission slice's condition ({@code *_mission}), so
     * what is kept is bounded by the pivots' possible cells, not by the report's size — each coarser set is expanded
     * once, however many versions mask a cell below it.
     */
    void ajouter(String tableau, String dimension, String libelle, String ligne, String colonne, boolean masquee) {
        SensDesCellules.Parties p = SensDesCellules.parties(tableau, dimension, libelle, ligne, colonne);
        if (p == null) {
            return;
        }
        String cle = p.cle(p.conditions());
        if (masquee) {
            masquees.add(cle);
        }
        if (p.personnes()) {
            if (dimension == null) {
                auRapport.add(cle); // T01's beneficiaries: the key of a mission table's coarsest cells
            }
            return;
        }
        SortedMap<String, String> base = new TreeMap<>(p.conditions());
        base.keySet().removeIf(c -> c.endsWith("_mission"));
        if (base.size() == p.conditions().size()) {
            auRapport.add(cle);
        }
        if (!masquee || !etendues.add(p.quantite() + base)) {
            return;
        }
        sousEnsembles(base).forEach(s -> sommesDeMasquees.add(p.cle(s)));
        List<String> categorie = catalogue.get(base.get("mission"));
        if (categorie != null) {
            SortedMap<String, String> parCategorie = new TreeMap<>(base);
            parCategorie.remove("mission");
            parCategorie.put("dispositif", categorie.get(0));
            parCategorie.put("categorie", categorie.get(1));
            sousEnsembles(parCategorie).forEach(s -> sommesDeMasquees.add(p.cle(s)));
        }
    }

    /** Whether the exploration masks the cell of this key whatever its persons. */
    public boolean imposee(String cle) {
        return masquees.contains(cle) || !auRapport.contains(cle) && sommesDeMasquees.contains(cle);
    }

    private static List<SortedMap<String, String>> sousEnsembles(SortedMap<String, String> conditions) {
        List<Map.Entry<String, String>> e = new ArrayList<>(conditions.entrySet());
        List<SortedMap<String, String>> tous = new ArrayList<>();
        for (int masque = 0; masque < 1 << e.size(); masque++) {
            SortedMap<String, String> s = new TreeMap<>();
            for (int i = 0; i < e.size(); i++) {
                if ((masque & 1 << i) != 0) {
                    s.put(e.get(i).getKey(), e.get(i).getValue());
                }
            }
            tous.add(s);
        }
        return tous;
    }
}
