package fr.pacte.referentiel;

import java.util.Arrays;

/**
 * The two ways a mission is paid (seeds 001/002 for the Pacte, 003 for the IMP), owned by the referentiel so that
 * every module names them alike: its code is what the tables hold (referentiel.mission_catalogue.dispositif).
 */
public enum Dispositif {
    /** Parts fonctionnelles of the ISOE, paid at the campaign's amount of a part. */
    PACTE("Pacte"),
    /** Indemnités pour missions particulières, paid at the yearly amount of their rate (or given as décharge). */
    IMP("IMP");

    private final String libelle;

    Dispositif(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Whether a code read from a table or a form is this dispositif: {@code Dispositif.PACTE.est(m.dispositif())}. */
    public boolean est(String code) {
        return name().equals(code);
    }

    /** @return the dispositif of this code, or null when the code is none */
    public static Dispositif de(String code) {
        return Arrays.stream(values()).filter(d -> d.est(code)).findFirst().orElse(null);
    }
}
