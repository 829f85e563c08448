package fr.pacte.lettre;

/** Which letters of a campaign: one établissement, one département, one agent, or (all null) the académie. */
public record CritereLettres(String anneeScolaire, String uai, String departement, String identifiant) {
}
