package fr.pacte.referentiel;

import jakarta.ejb.ApplicationException;

/** A campaign's setting or a step of its life refused by a rule: the field and the rule (HTTP 422). */
@ApplicationException(rollback = true)
public class ParametreCampagneRefuseException extends RuntimeException {

    private final String champ;

    public ParametreCampagneRefuseException(String champ, String message) {
        super(message);
        this.champ = champ;
    }

    public String champ() {
        return champ;
    }
}
