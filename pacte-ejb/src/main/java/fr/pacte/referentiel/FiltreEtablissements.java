package fr.pacte.referentiel;

/** Criteria of the établissements list; null means "any". The caller's scope is applied on top by the service. */
public record FiltreEtablissements(String departement, Nature nature, EducationPrioritaire educationPrioritaire,
                                   Secteur secteur, String texte, String tri, boolean triAscendant) {

    public static FiltreEtablissements tous() {
        return new FiltreEtablissements(null, null, null, null, null, null, true);
    }
}
