package fr.pacte.attribution;

/** Criteria of the académie's consolidated view; null or blank means "any". The caller's scope is added by the service. */
public record FiltreConsolidation(String annee, String departement, String nature, String educationPrioritaire,
                                  String dispositif, String codeMission) {
}
