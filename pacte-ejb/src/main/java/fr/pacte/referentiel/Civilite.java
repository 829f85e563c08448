package fr.pacte.referentiel;

import java.util.Optional;

/** Civilité as written in the files and on the lettre de mission: 'M.' or 'Mme'. */
public enum Civilite {
    M("M."),
    MME("Mme");

    private final String code;

    Civilite(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Civilite> depuisCode(String code) {
        for (Civilite c : values()) {
            if (c.code.equals(code == null ? null : code.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
