package fr.pacte.referentiel;

import java.util.Arrays;

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

    /** Whether this is the nature of the code (as the tables and the rules' records carry it). */
    public boolean est(String code) {
        return name().equals(code);
    }

    /** @return the nature of this code, or null when the code is none */
    public static Nature de(String code) {
        return Arrays.stream(values()).filter(n -> n.est(code)).findFirst().orElse(null);
    }

    /** Whether a lycée has a voie professionnelle: its chef fills the repartition sheet of Annexe 1 (seed 000). */
    public boolean ficheRepartitionLp() {
        return this == LP || this == LPO;
    }

    /** The second degré (collèges, lycées, EREA), where the IMP of the catalogue are given (seed 003). */
    public boolean secondDegre() {
        return this != ECOLE;
    }
}
