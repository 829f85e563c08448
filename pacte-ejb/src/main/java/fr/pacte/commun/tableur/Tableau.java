package fr.pacte.commun.tableur;

import java.util.List;

/**
 * A file read as a table.
 *
 * @param entetes expected column names, in the order of the file
 * @param lignes  non-empty data rows, in file order
 */
public record Tableau(List<String> entetes, List<Ligne> lignes) {

    public Tableau {
        entetes = List.copyOf(entetes);
        lignes = List.copyOf(lignes);
    }
}
