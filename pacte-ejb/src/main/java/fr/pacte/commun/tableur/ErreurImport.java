package fr.pacte.commun.tableur;

import java.io.Serializable;

/**
 * One problem found in an imported file.
 *
 * @param ligne   line as the user sees it in a spreadsheet (header = 1, first data row = 2)
 * @param colonne header name, or null when the whole line or file is concerned
 * @param regle   French message naming the rule and the bad value
 */
public record ErreurImport(int ligne, String colonne, String regle) implements Serializable {

    /** "ligne 3, colonne uai : clé UAI incorrecte…", for logs and plain-text reports. */
    public String enClair() {
        return colonne == null
                ? "ligne " + ligne + " : " + regle
                : "ligne " + ligne + ", colonne " + colonne + " : " + regle;
    }
}
