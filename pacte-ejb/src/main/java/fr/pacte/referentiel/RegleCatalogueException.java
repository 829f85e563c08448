package fr.pacte.referentiel;

import fr.pacte.commun.Refus;

/** A catalogue rule refused the change (unknown campaign, code taken, empty label…). Answered 422. */
public class RegleCatalogueException extends Refus {

    public RegleCatalogueException(String message) {
        super(Motif.REGLE, null, message);
    }
}
