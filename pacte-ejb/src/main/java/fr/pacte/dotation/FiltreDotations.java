package fr.pacte.dotation;

/** Criteria of the distribution table; null means any. The caller's scope is applied on top. */
public record FiltreDotations(String departement, String nature, String educationPrioritaire, String texte,
                              String tri, boolean triAscendant) {

    public static FiltreDotations tous() {
        return new FiltreDotations(null, null, null, null, null, true);
    }
}
