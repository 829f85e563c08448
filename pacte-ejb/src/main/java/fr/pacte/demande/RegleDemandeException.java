package fr.pacte.demande;

import fr.pacte.commun.Refus;

/** A request rule refused the action (transition, quantity, reason, attachment…). Nothing was written. */
public class RegleDemandeException extends Refus {

    public RegleDemandeException(String champ, String message) {
        super(Motif.REGLE, champ, message);
    }

}
