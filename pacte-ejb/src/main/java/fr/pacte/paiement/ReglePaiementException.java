package fr.pacte.paiement;

import fr.pacte.commun.Refus;

/** A payment rule refused the request (month out of order, service fait of an annual mission…). Answered 422. */
public class ReglePaiementException extends Refus {

    public ReglePaiementException(String message) {
        super(Motif.REGLE, null, message);
    }
}
