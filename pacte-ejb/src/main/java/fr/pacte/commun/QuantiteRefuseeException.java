package fr.pacte.commun;

/** A quantity outside its bounds ({@link Quantite}); the message is French and names the field and the rule. */
public class QuantiteRefuseeException extends Refus {

    private static final long serialVersionUID = 1L;

    public QuantiteRefuseeException(String message) {
        super(Motif.REGLE, null, message);
    }
}
