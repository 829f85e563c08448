package fr.pacte.referentiel.importation;

/** A valid line of the départements file; {@code ligne} is its line number in the file. */
public record DepartementLigne(int ligne, String code, String libelle) {
}
