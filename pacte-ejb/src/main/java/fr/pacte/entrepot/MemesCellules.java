package fr.pacte.entrepot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of one report (every version: unfiltered and each slice) that are the same number, grouped by their
 * {@link SensDesCellules} key: what {@link SecretDesRapports} masks alike.
 */
final class MemesCellules {

    /** A cell of the linked sets: table, version (dimension null: unfiltered), row, column of the unfiltered table. */
    record Reference(String tableau, String dimension, String valeur, String ligne, int colonne) {
    }

    private MemesCellules() {
    }

    /** The cells of every keyed table by key (classes of one cell included: other sets may add to them). */
    static Map<String, List<Reference>> de(List<Grille> ensemble, Map<String, Map<String, List<Grille>>> tranches) {
        Map<String, List<Reference>> parCle = new LinkedHashMap<>();
        ajouter(parCle, ensemble, ensemble, null, null, null);
        Map<String, String> departements = SensDesCellules.departements(ensemble.stream()
                .filter(g -> g.code().equals("T06")).findFirst().map(Grille::libelles).orElse(List.of()));
        tranches.forEach((dimension, valeurs) -> valeurs.forEach((valeur, grilles) -> ajouter(parCle, ensemble, grilles,
                dimension, valeur, SensDesCellules.libelleTranche(dimension, valeur, departements))));
        return parCle;
    }

    private static void ajouter(Map<String, List<Reference>> parCle, List<Grille> ensemble, List<Grille> grilles,
            String dimension, String valeur, String libelle) {
        for (int t = 0; t < grilles.size(); t++) {
            Grille g = grilles.get(t);
            List<String> colonnes = new ArrayList<>();
            Grille sansFiltre = ensemble.get(t);
            for (int c = 0; c < sansFiltre.nombreColonnes(); c++) {
                colonnes.add(sansFiltre.colonne(c).libelle());
            }
            for (String ligne : g.libelles()) {
                for (int c = 0; c < g.nombreColonnes(); c++) {
                    String colonne = g.colonne(c).libelle();
                    String cle = g.colonne(c).additive()
                            ? SensDesCellules.cle(g.code(), dimension, libelle, ligne, colonne) : null;
                    if (cle != null) {
                        parCle.computeIfAbsent(cle, k -> new ArrayList<>())
                                .add(new Reference(g.code(), dimension, valeur, ligne, colonnes.indexOf(colonne)));
                    }
                }
            }
        }
    }

}
