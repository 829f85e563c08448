package fr.pacte.referentiel;

import jakarta.ejb.ApplicationException;

/** A catalogue rule refused the change (unknown campaign, code taken, empty label…). Answered 422. */
@ApplicationException(rollback = true)
public class RegleCatalogueException extends RuntimeException {

    public RegleCatalogueException(String message) {
        super(message);
    }
}
