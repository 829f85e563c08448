package fr.pacte.entrepot;

import fr.pacte.entrepot.secret.EnsembleLie;
import fr.pacte.entrepot.secret.Equation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The mission tables as one linked set per quantity (issue 18, point 4): T20's rows (discipline × mission) add up to
 * T08's row of their mission, T08's rows of one dispositif and catégorie (the catalogue says which) to T07's row, and
 * the three to the same total — in every version. Masked table by table, T07 could hide a row whose missions T08
 * publishes one by one. The set is never published: its cells have the keys of the tables' cells
 * ({@link SensDesCellules}), so {@code SecretDesRapports} masks them alike, both ways, until consistent.
 */
final class HierarchieDesMissions {

    /** The quantity's column in T07, T08, T20 (null: the table does not have it). */
    private static final String[][] QUANTITES = {{"Missions", "Missions", "Missions"},
        {"Bénéficiaires", "Bénéficiaires", "Bénéficiaires"}, {"Parts", "Parts", null}};
    private static final String[] TABLEAUX = {"T07", "T08", "T20"};
    private static final String ENSEMBLE = SensDesCellules.ENSEMBLE;
    private static final String SEPARATEUR = " – ";

    private HierarchieDesMissions() {
    }

    /**
     * Adds one set per quantity to {@code lies} (code "M:" + quantity) and its cells to the classes of equal cells.
     *
     * @param rangsT07 mission code → T07's row label of its dispositif and catégorie (the campaign's catalogue)
     */
    static void ajouter(List<Grille> ensemble, Map<String, Map<String, List<Grille>>> tranches,
            Map<String, String> rangsT07, Map<String, EnsembleLie> lies,
            Map<String, List<MemesCellules.Reference>> classes, Map<String, String> departements) {
        Map<String, Grille> sansFiltre = parCode(ensemble);
        if (!sansFiltre.keySet().containsAll(List.of("T07", "T08"))) {
            return;
        }
        for (String[] quantite : QUANTITES) {
            // a table without the quantity's column (a test's, or T20 for the parts) is left out of its set
            String[] q = quantite.clone();
            for (int t = 0; t < TABLEAUX.length; t++) {
                Grille g = sansFiltre.get(TABLEAUX[t]);
                if (q[t] != null && (g == null || colonne(g, q[t]) < 0)) {
                    q[t] = null;
                }
            }
            if (q[0] == null || q[1] == null) {
                continue;
            }
            List<String> lignes = new ArrayList<>();
            for (int t = 0; t < TABLEAUX.length; t++) {
                if (q[t] != null) {
                    for (String l : sansFiltre.get(TABLEAUX[t]).libelles()) {
                        if (!l.equals(ENSEMBLE)) {
                            lignes.add(TABLEAUX[t] + "|" + l);
                        }
                    }
                }
            }
            lignes.add(ENSEMBLE);
            String code = "M:" + q[0];
            EnsembleLie lie = new EnsembleLie(lignes, new boolean[]{true}, equations(lignes, q, rangsT07));
            lie.ensemble(personnes(sansFiltre, q));
            references(classes, code, sansFiltre, q, null, null, null);
            tranches.forEach((dimension, valeurs) -> valeurs.forEach((valeur, grilles) -> {
                Map<String, Grille> tranche = parCode(grilles);
                lie.tranche(dimension, valeur, personnes(tranche, q));
                references(classes, code, tranche, q, dimension, valeur,
                        SensDesCellules.libelleTranche(dimension, valeur, departements));
            }));
            lies.put(code, lie);
        }
    }

    /** Each table's rows to the total; T20's rows of a mission to T08's row; T08's rows of a catégorie to T07's. */
    private static List<Equation> equations(List<String> lignes, String[] q, Map<String, String> rangsT07) {
        int total = lignes.size() - 1;
        List<Equation> eq = new ArrayList<>();
        for (int t = 0; t < TABLEAUX.length; t++) {
            String prefixe = TABLEAUX[t] + "|";
            int[] rangs = IntStream.range(0, total).filter(i -> lignes.get(i).startsWith(prefixe)).toArray();
            if (q[t] != null && rangs.length > 0) {
                eq.add(new Equation(rangs, total));
            }
        }
        for (int i = 0; i < total; i++) {
            String ligne = lignes.get(i);
            if (ligne.startsWith("T08|")) {
                String mission = ligne.substring(4);
                int[] parties = IntStream.range(0, total).filter(j -> lignes.get(j).startsWith("T20|")
                        && lignes.get(j).endsWith(SEPARATEUR + mission)).toArray();
                if (parties.length > 0) {
                    eq.add(new Equation(parties, i));
                }
            } else if (ligne.startsWith("T07|")) {
                String rang = ligne.substring(4);
                int[] parties = IntStream.range(0, total).filter(j -> lignes.get(j).startsWith("T08|")
                        && rang.equals(rangsT07.get(lignes.get(j).substring(4)))).toArray();
                if (parties.length > 0) {
                    eq.add(new Equation(parties, i));
                }
            }
        }
        return eq;
    }

    /** Persons of each row of the set in one version (a row the version lacks counts 0). */
    private static Map<String, long[]> personnes(Map<String, Grille> grilles, String[] q) {
        Map<String, long[]> p = new LinkedHashMap<>();
        for (int t = 0; t < TABLEAUX.length; t++) {
            Grille g = grilles.get(TABLEAUX[t]);
            int c = q[t] == null || g == null ? -1 : colonne(g, q[t]);
            if (c < 0) {
                continue;
            }
            String prefixe = TABLEAUX[t] + "|";
            g.personnesParLigne().forEach((ligne, n) -> p.put(ligne.equals(ENSEMBLE) ? ENSEMBLE : prefixe + ligne,
                    new long[]{n[c]}));
        }
        return p;
    }

    private static void references(Map<String, List<MemesCellules.Reference>> classes, String code,
            Map<String, Grille> grilles, String[] q, String dimension, String valeur, String libelle) {
        for (int t = 0; t < TABLEAUX.length; t++) {
            Grille g = grilles.get(TABLEAUX[t]);
            if (q[t] == null || g == null) {
                continue;
            }
            for (String ligne : g.libelles()) {
                String cle = SensDesCellules.cle(TABLEAUX[t], dimension, libelle, ligne, q[t]);
                if (cle != null) {
                    String rang = ligne.equals(ENSEMBLE) ? ENSEMBLE : TABLEAUX[t] + "|" + ligne;
                    classes.computeIfAbsent(cle, k -> new ArrayList<>())
                            .add(new MemesCellules.Reference(code, dimension, valeur, rang, 0));
                }
            }
        }
    }

    private static int colonne(Grille g, String libelle) {
        for (int c = 0; c < g.nombreColonnes(); c++) {
            if (g.colonne(c).libelle().equals(libelle)) {
                return c;
            }
        }
        return -1;
    }

    private static Map<String, Grille> parCode(List<Grille> grilles) {
        Map<String, Grille> m = new LinkedHashMap<>();
        grilles.forEach(g -> m.put(g.code(), g));
        return m;
    }
}
