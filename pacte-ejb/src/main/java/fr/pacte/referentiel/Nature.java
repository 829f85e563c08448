package fr.pacte.referentiel;

/** Nature of an établissement, as in the académie's files. */
public enum Nature {
    ECOLE("École"),
    CLG("Collège"),
    LYC("Lycée général et technologique"),
    LP("Lycée professionnel"),
    LPO("Lycée polyvalent"),
    EREA("EREA");

    private final String libelle;

    Nature(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
