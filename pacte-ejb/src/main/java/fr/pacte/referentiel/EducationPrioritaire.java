package fr.pacte.referentiel;

import java.util.Optional;

/** Éducation prioritaire label; the files write it '' (none), 'REP' or 'REP+'. */
public enum EducationPrioritaire {
    HORS_EP("", "Hors éducation prioritaire"),
    REP("REP", "REP"),
    REP_PLUS("REP+", "REP+");

    private final String code;
    private final String libelle;

    EducationPrioritaire(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    public static Optional<EducationPrioritaire> depuisCode(String code) {
        String c = code == null ? "" : code.trim();
        for (EducationPrioritaire ep : values()) {
            if (ep.code.equalsIgnoreCase(c)) {
                return Optional.of(ep);
            }
        }
        return Optional.empty();
    }
}
