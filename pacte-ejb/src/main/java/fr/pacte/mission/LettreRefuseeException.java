package fr.pacte.mission;

import jakarta.ejb.ApplicationException;

/** A step of the letter's lifecycle that its state does not allow; nothing was written. Entry points answer 409. */
@ApplicationException(rollback = true)
public class LettreRefuseeException extends RuntimeException {

    public LettreRefuseeException(String message) {
        super(message);
    }
}
