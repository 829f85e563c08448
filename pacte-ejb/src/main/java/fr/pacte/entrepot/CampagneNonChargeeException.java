package fr.pacte.entrepot;

import fr.pacte.commun.Refus;

/**
 * The report of a campaign the warehouse has not loaded, an unknown campaign or load (not found), or a load that
 * cannot be restarted in its state (conflict).
 */
public class CampagneNonChargeeException extends Refus {

    public CampagneNonChargeeException(String message) {
        this(message, false);
    }

    public CampagneNonChargeeException(String message, boolean conflit) {
        super(conflit ? Motif.CONFLIT : Motif.INTROUVABLE, null, message);
    }
}
