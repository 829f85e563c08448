package fr.pacte.rapport;

/** Une ligne de la liste des établissements, déjà mise en forme pour l'impression. */
public record LigneEtablissementRapport(
        String uai,
        String nature,
        String denomination,
        String commune,
        String departement,
        String secteur,
        String educationPrioritaire) {
}
