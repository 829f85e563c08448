package fr.pacte.dotation;

import jakarta.ejb.ApplicationException;

/** A dotation rule refused the change (quantum, allocation exceeded, publication…). Nothing was written. */
@ApplicationException(rollback = true)
public class RegleDotationException extends RuntimeException {

    private final String champ;

    public RegleDotationException(String champ, String message) {
        super(message);
        this.champ = champ;
    }

    public String champ() {
        return champ;
    }
}
