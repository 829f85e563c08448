package fr.pacte.commun;

import jakarta.ejb.ApplicationException;

/**
 * The request conflicts with the current state (someone changed the data since it was read, or it already exists
 * with other values): nothing was written, and the caller gets the current values to start again from (HTTP 409).
 */
@ApplicationException(rollback = true)
public class ConflitException extends RuntimeException {

    private final transient Object actuelle;

    public ConflitException(String message, Object actuelle) {
        super(message);
        this.actuelle = actuelle;
    }

    /** The current values of what the request was about, as the module publishes them (a record), or null. */
    public Object actuelle() {
        return actuelle;
    }
}
