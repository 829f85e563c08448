package fr.pacte.rapport;

import java.util.List;

/**
 * A table of the annual report as it must be printed: headers, then rows of text (masked cells already "s"); at most
 * 13 value columns. {@code graphique} may be null.
 */
public record TableauRapport(String code, String titre, String definition, List<String> entetes,
        List<List<String>> lignes, Graphique graphique) {

    public static final int COLONNES_MAX = 13;

    public TableauRapport {
        if (entetes.size() - 1 > COLONNES_MAX) {
            throw new RapportException("Tableau " + code + " : " + (entetes.size() - 1) + " colonnes (" + COLONNES_MAX
                    + " au plus)");
        }
        entetes = List.copyOf(entetes);
        lignes = List.copyOf(lignes);
    }
}
