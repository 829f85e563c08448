package fr.pacte.commun.tableur;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns raw rows (from CSV or XLSX) into a {@link Tableau}: the first non-empty row is the header, matched
 * against the expected columns; blank rows are skipped; structural problems are collected and refused together.
 */
final class ConstructeurTableau {

    static final int MAX_LIGNES = 200_000;
    private static final int MAX_ERREURS_STRUCTURE = 1_000;

    private final List<String> attendues;
    private final Map<String, String> parNomNormalise = new HashMap<>();
    private List<String> colonnesDuFichier;
    private int ligneEntete;
    private final List<Ligne> lignes = new ArrayList<>();
    /** When set, each row goes there as it is read instead of into {@link #lignes} (streamed imports). */
    private final Consumer<Ligne> recepteur;
    private int nombreLignes;
    private final List<ErreurImport> erreurs = new ArrayList<>();
    private int erreursNonDetaillees;
    private int premiereLigneNonDetaillee;

    ConstructeurTableau(List<String> attendues) {
        this(attendues, List.of());
    }

    /** @param facultatives columns a file may carry or omit (added later: older files stay valid) */
    ConstructeurTableau(List<String> attendues, List<String> facultatives) {
        this(attendues, facultatives, null);
    }

    /** @param recepteur receives each data row as it is read; the result then holds the header only */
    ConstructeurTableau(List<String> attendues, List<String> facultatives, Consumer<Ligne> recepteur) {
        this.recepteur = recepteur;
        if (attendues == null || attendues.isEmpty()) {
            throw new IllegalArgumentException("colonnes attendues non précisées");
        }
        this.attendues = List.copyOf(attendues);
        for (String colonne : attendues) {
            parNomNormalise.put(normaliser(colonne), colonne);
        }
        for (String colonne : facultatives) {
            parNomNormalise.put(normaliser(colonne), colonne);
        }
    }

    boolean enteteLu() {
        return colonnesDuFichier != null;
    }

    void ligne(int numero, List<String> cellules) {
        if (cellules.stream().allMatch(c -> Texte.rogner(c).isEmpty())) {
            return;
        }
        if (colonnesDuFichier == null) {
            entete(numero, cellules);
            return;
        }
        if (nombreLignes >= MAX_LIGNES) {
            throw new ImportRefuseException(new ErreurImport(numero, null,
                    "fichier trop volumineux : plus de " + MAX_LIGNES + " lignes de données"));
        }
        Map<String, String> valeurs = new LinkedHashMap<>();
        for (String colonne : colonnesDuFichier) {
            if (colonne != null) {
                valeurs.put(colonne, "");
            }
        }
        for (int i = 0; i < cellules.size(); i++) {
            String valeur = cellules.get(i) == null ? "" : cellules.get(i);
            String colonne = i < colonnesDuFichier.size() ? colonnesDuFichier.get(i) : null;
            if (colonne != null) {
                valeurs.put(colonne, valeur);
            } else if (!Texte.rogner(valeur).isEmpty()) {
                valeurHorsColonne(numero, i, valeur);
                return;
            }
        }
        nombreLignes++;
        if (recepteur == null) {
            lignes.add(new Ligne(numero, valeurs));
        } else {
            recepteur.accept(new Ligne(numero, valeurs));
        }
    }

    Tableau resultat() {
        if (colonnesDuFichier == null) {
            throw new ImportRefuseException(ErreurImport.fichier(null, "fichier vide : aucun en-tête ni aucune ligne"));
        }
        if (erreursNonDetaillees > 0) {
            erreurs.add(new ErreurImport(premiereLigneNonDetaillee, null,
                    "… et " + erreursNonDetaillees + " autre(s) ligne(s) mal formée(s) à partir de celle-ci"));
        }
        if (!erreurs.isEmpty()) {
            throw new ImportRefuseException(erreurs);
        }
        if (nombreLignes == 0) {
            throw new ImportRefuseException(new ErreurImport(ligneEntete + 1, null,
                    "fichier vide : aucune ligne de données après l'en-tête"));
        }
        List<String> entetes = colonnesDuFichier.stream().filter(c -> c != null).toList();
        return new Tableau(entetes, lignes);
    }

    private void entete(int numero, List<String> cellules) {
        ligneEntete = numero;
        List<String> colonnes = new ArrayList<>();
        List<ErreurImport> problemes = new ArrayList<>();
        for (String cellule : cellules) {
            String nom = Texte.rogner(cellule);
            String attendue = parNomNormalise.get(normaliser(nom));
            if (nom.isEmpty()) {
                colonnes.add(null);
            } else if (attendue == null) {
                problemes.add(new ErreurImport(numero, nom, "colonne inconnue : " + Texte.extrait(nom)));
                colonnes.add(null);
            } else if (colonnes.contains(attendue)) {
                problemes.add(new ErreurImport(numero, attendue, "colonne en double : " + Texte.extrait(nom)));
                colonnes.add(null);
            } else {
                colonnes.add(attendue);
            }
        }
        for (String attendue : attendues) {
            if (!colonnes.contains(attendue)) {
                problemes.add(new ErreurImport(numero, attendue, "colonne obligatoire absente"));
            }
        }
        if (!problemes.isEmpty()) {
            throw new ImportRefuseException(problemes);
        }
        colonnesDuFichier = colonnes;
    }

    private void valeurHorsColonne(int numero, int index, String valeur) {
        if (erreurs.size() >= MAX_ERREURS_STRUCTURE) {
            if (erreursNonDetaillees++ == 0) {
                premiereLigneNonDetaillee = numero;
            }
            return;
        }
        String regle = index >= colonnesDuFichier.size()
                ? "valeur au-delà de la dernière colonne : " + Texte.extrait(valeur)
                        + " (point-virgule non protégé par des guillemets ?)"
                : "valeur dans une colonne sans en-tête (colonne n° " + (index + 1) + ") : " + Texte.extrait(valeur);
        erreurs.add(new ErreurImport(numero, null, regle));
    }

    private static String normaliser(String nom) {
        return Texte.rogner(nom).toLowerCase(Locale.ROOT);
    }
}
