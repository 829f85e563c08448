package fr.pacte.commun;

import jakarta.ejb.ApplicationException;

/** A quantity outside its bounds ({@link Quantite}); the message is French and names the field and the rule. */
@ApplicationException(rollback = true)
public class QuantiteRefuseeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public QuantiteRefuseeException(String message) {
        super(message);
    }
}
