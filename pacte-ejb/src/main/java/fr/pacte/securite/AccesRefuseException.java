package fr.pacte.securite;

import jakarta.ejb.ApplicationException;

/** The caller asked for something outside its role or scope. Entry points answer 403. */
@ApplicationException(rollback = true)
public class AccesRefuseException extends RuntimeException {

    public AccesRefuseException(String message) {
        super(message);
    }
}
