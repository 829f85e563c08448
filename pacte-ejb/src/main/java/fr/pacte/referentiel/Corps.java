package fr.pacte.referentiel;

/** Corps of a personnel, as in the personnels file. */
public enum Corps {
    AGREGE("Agrégé"),
    CERTIFIE("Certifié"),
    PLP("Professeur de lycée professionnel"),
    PEPS("Professeur d'EPS"),
    PE("Professeur des écoles"),
    CPE("Conseiller principal d'éducation"),
    PSYEN("Psychologue de l'Éducation nationale"),
    CONTRACTUEL("Contractuel");

    private final String libelle;

    Corps(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Whether this is the corps of the code (as the tables and the rules' records carry it). */
    public boolean est(String code) {
        return name().equals(code);
    }
}
