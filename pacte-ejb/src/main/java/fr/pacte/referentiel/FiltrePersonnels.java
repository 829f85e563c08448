package fr.pacte.referentiel;

/** Criteria of the personnels search; null means "any". The caller's scope is applied on top by the service. */
public record FiltrePersonnels(String uai, Corps corps, String texte, String tri, boolean triAscendant) {

    public static FiltrePersonnels tous() {
        return new FiltrePersonnels(null, null, null, null, true);
    }
}
