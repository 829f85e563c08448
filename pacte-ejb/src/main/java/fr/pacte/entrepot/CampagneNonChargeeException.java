package fr.pacte.entrepot;

import jakarta.ejb.ApplicationException;

/**
 * The report of a campaign the warehouse has not loaded, an unknown campaign or load (not found), or a load that
 * cannot be restarted in its state (conflict).
 */
@ApplicationException(rollback = true)
public class CampagneNonChargeeException extends RuntimeException {

    private final boolean conflit;

    public CampagneNonChargeeException(String message) {
        this(message, false);
    }

    public CampagneNonChargeeException(String message, boolean conflit) {
        super(message);
        this.conflit = conflit;
    }

    public boolean conflit() {
        return conflit;
    }
}
