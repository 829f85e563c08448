package fr.pacte.commun;

/**
 * The request conflicts with the current state (someone changed the data since it was read, or it already exists
 * with other values): nothing was written, and the caller gets the current values to start again from (HTTP 409).
 */
public class ConflitException extends Refus {

    private final transient Object actuelle;

    public ConflitException(String message, Object actuelle) {
        super(Motif.CONFLIT, null, message);
        this.actuelle = actuelle;
    }

    /** The current values of what the request was about, as the module publishes them (a record), or null. */
    @Override
    public Object actuelle() {
        return actuelle;
    }
}
