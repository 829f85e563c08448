package fr.pacte.entrepot;

import fr.pacte.commun.Refus;

/** A report asked with a parameter the warehouse does not know (422, naming the parameter). */
public class FiltreInvalideException extends Refus {

    public FiltreInvalideException(String champ, String message) {
        super(Motif.REGLE, champ, message);
    }
}
