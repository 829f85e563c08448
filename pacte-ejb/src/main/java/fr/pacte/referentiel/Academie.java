package fr.pacte.referentiel;

/** The académie this installation serves (one row of {@code referentiel.academie}). */
public record Academie(String code, String libelle) {
}
