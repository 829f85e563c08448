package fr.pacte.paiement;

import jakarta.ejb.ApplicationException;

/** A payment rule refused the request (month out of order, service fait of an annual mission…). Answered 422. */
@ApplicationException(rollback = true)
public class ReglePaiementException extends RuntimeException {

    public ReglePaiementException(String message) {
        super(message);
    }
}
