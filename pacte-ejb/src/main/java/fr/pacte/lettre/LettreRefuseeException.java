package fr.pacte.lettre;

import fr.pacte.commun.Refus;

/** A step of the letter's lifecycle that its state does not allow; nothing was written. Entry points answer 409. */
public class LettreRefuseeException extends Refus {

    public LettreRefuseeException(String message) {
        super(Motif.CONFLIT, null, message);
    }
}
