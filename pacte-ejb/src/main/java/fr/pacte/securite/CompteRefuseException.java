package fr.pacte.securite;

import jakarta.ejb.ApplicationException;

/** An account that cannot be created or changed as asked: the field and the rule, in French (422). */
@ApplicationException(rollback = true)
public class CompteRefuseException extends RuntimeException {

    private final String champ;

    public CompteRefuseException(String champ, String message) {
        super(message);
        this.champ = champ;
    }

    public String champ() {
        return champ;
    }
}
