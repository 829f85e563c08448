package fr.pacte.rapport;

/** Échec de chargement, de compilation, de remplissage ou d'export d'un rapport. */
public class RapportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RapportException(String message, Throwable cause) {
        super(message, cause);
    }

    public RapportException(String message) {
        super(message);
    }
}
