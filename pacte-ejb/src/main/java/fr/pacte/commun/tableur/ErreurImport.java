package fr.pacte.commun.tableur;

/** One refused cell or line of an imported file: its line as a spreadsheet shows it, its column, and the rule. */
public record ErreurImport(int ligne, String colonne, String regle) {
}
