package fr.pacte.commun.tableur;

import java.io.Serializable;

/**
 * One problem found in an imported file.
 *
 * @param ligne   line as the user sees it in a spreadsheet (header = 1, first data row = 2), or null when the problem
 *                is the file as a whole (too large, unreadable, an allocation exceeded by all its lines together):
 *                such a refusal says so instead of naming a line that does not exist (issue 15, point 8)
 * @param colonne header name, or null when the whole line or file is concerned
 * @param regle   French message naming the rule and the bad value
 */
public record ErreurImport(Integer ligne, String colonne, String regle) implements Serializable {

    /** A refusal of the file as a whole. */
    public static ErreurImport fichier(String colonne, String regle) {
        return new ErreurImport(null, colonne, regle);
    }

    /** Where the problem is, as the screens and the error files print it: "3", or "fichier entier". */
    public String position() {
        return ligne == null ? "fichier entier" : ligne.toString();
    }

    /** "ligne 3, colonne uai : clé UAI incorrecte…", for logs and plain-text reports. */
    public String enClair() {
        String ou = ligne == null ? "fichier entier" : "ligne " + ligne;
        return colonne == null ? ou + " : " + regle : ou + ", colonne " + colonne + " : " + regle;
    }
}
