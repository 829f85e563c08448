package fr.pacte.dotation;

import jakarta.ejb.ApplicationException;

/** A dotation rule refused the change (quantum, allocation exceeded, publication…). Nothing was written. */
@ApplicationException(rollback = true)
public class RegleDotationException extends RuntimeException {

    private final String champ;

    /** the établissement whose envelope is refused, when the refusal is about one (an import names its line) */
    private final String uai;

    public RegleDotationException(String champ, String message) {
        this(champ, message, null);
    }

    public RegleDotationException(String champ, String message, String uai) {
        super(message);
        this.champ = champ;
        this.uai = uai;
    }

    public String champ() {
        return champ;
    }

    public String uai() {
        return uai;
    }
}
