package fr.pacte.attribution;

/**
 * A personnel's attributions changed (created, cancelled, redeployed…) in an établissement, announced by the writer
 * and observed in the same transaction: the letter follows (a brouillon changes, a signed one gets its avenant),
 * and whatever later needs to know observes it too, without the writers having to call it.
 */
public record AttributionsModifiees(String anneeScolaire, String uai, String identifiant) {
}
