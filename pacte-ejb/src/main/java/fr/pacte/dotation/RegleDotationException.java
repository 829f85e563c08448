package fr.pacte.dotation;

import fr.pacte.commun.Refus;

/** A dotation rule refused the change (quantum, allocation exceeded, publication…). Nothing was written. */
public class RegleDotationException extends Refus {

    /** the établissement whose envelope is refused, when the refusal is about one (an import names its line) */
    private final String uai;

    public RegleDotationException(String champ, String message) {
        this(champ, message, null);
    }

    public RegleDotationException(String champ, String message, String uai) {
        super(Motif.REGLE, champ, message);
        this.uai = uai;
    }

    public String uai() {
        return uai;
    }
}
