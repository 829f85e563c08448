package fr.pacte.demande;

import jakarta.ejb.ApplicationException;

/** A request rule refused the action (transition, quantity, reason, attachment…). Nothing was written. */
@ApplicationException(rollback = true)
public class RegleDemandeException extends RuntimeException {

    private final String champ;

    public RegleDemandeException(String champ, String message) {
        super(message);
        this.champ = champ;
    }

    public String champ() {
        return champ;
    }
}
