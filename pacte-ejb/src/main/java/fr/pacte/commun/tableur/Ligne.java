package fr.pacte.commun.tableur;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row.
 *
 * @param numero  line number as a spreadsheet user sees it (header = 1)
 * @param valeurs trimmed values keyed by the expected column name
 */
public record Ligne(int numero, Map<String, String> valeurs) {

    public Ligne {
        Map<String, String> copie = new LinkedHashMap<>();
        valeurs.forEach((colonne, valeur) -> copie.put(colonne, Texte.rogner(valeur)));
        valeurs = Collections.unmodifiableMap(copie);
    }

    /** Trimmed value of the column, "" when the cell is empty or the column absent. */
    public String valeur(String colonne) {
        return valeurs.getOrDefault(colonne, "");
    }
}
