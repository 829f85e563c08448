package fr.pacte.entrepot;

/** The report of a campaign the warehouse has not loaded yet, or a load of an unknown campaign. */
public class CampagneNonChargeeException extends RuntimeException {

    public CampagneNonChargeeException(String message) {
        super(message);
    }
}
