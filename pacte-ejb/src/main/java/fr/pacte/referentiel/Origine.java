package fr.pacte.referentiel;

import java.util.Arrays;

/**
 * Where a mission of a campaign's catalogue comes from: the national list (seeds 001 to 003), the académie, or one
 * établissement (issue 15, point 2). Code in the tables, French label on the screens.
 */
public enum Origine {
    NATIONALE("Nationale"),
    ACADEMIQUE("Académique"),
    LOCALE("Locale");

    private final String libelle;

    Origine(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** The label of a code; an unknown code is the national list's (the rows loaded from the reference file). */
    public static String libelle(String code) {
        return Arrays.stream(values()).filter(o -> o.name().equals(code)).findFirst().orElse(NATIONALE).libelle;
    }
}
