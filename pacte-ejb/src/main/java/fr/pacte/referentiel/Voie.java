package fr.pacte.referentiel;

import java.util.Arrays;
import java.util.List;

/**
 * The voie of a catalogue mission (seeds 001, 002, 003), owned by the referentiel so that every module, screen and
 * script names it the same way: its code is what the tables hold (referentiel.mission_catalogue.voie), its label
 * what the screens show. Declared in the order the catalogue lists them.
 */
public enum Voie {
    VOIE_PRO("Voie professionnelle"),
    SECOND_DEGRE("Second degré"),
    PREMIER_DEGRE("Premier degré"),
    ACADEMIQUE("Académique");

    private final String libelle;

    Voie(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Whether a code read from a table or a form is this voie: {@code Voie.VOIE_PRO.est(mission.getVoie())}. */
    public boolean est(String code) {
        return name().equals(code);
    }

    /** @return the voie of this code, or null when the code is none */
    public static Voie de(String code) {
        return Arrays.stream(values()).filter(v -> v.est(code)).findFirst().orElse(null);
    }

    /** The label of a code, the code itself when it is no voie (an old row, shown as it is). */
    public static String libelleDe(String code) {
        Voie v = de(code);
        return v == null ? code : v.libelle;
    }

    /** The voies between which a campaign may count the parts of an LPO (its lycée général and its voie pro). */
    public static List<Voie> voiesLpo() {
        return List.of(SECOND_DEGRE, VOIE_PRO);
    }
}
