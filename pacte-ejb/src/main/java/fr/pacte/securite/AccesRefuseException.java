package fr.pacte.securite;

import fr.pacte.commun.Refus;

/** The caller asked for something outside its role or scope. Entry points answer 403. */
public class AccesRefuseException extends Refus {

    public AccesRefuseException(String message) {
        super(Motif.ACCES, null, message);
    }
}
