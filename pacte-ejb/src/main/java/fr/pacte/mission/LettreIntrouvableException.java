package fr.pacte.mission;

import jakarta.ejb.ApplicationException;

/** No letter (or no such version) for this personnel, établissement and campaign. Entry points answer 404. */
@ApplicationException(rollback = true)
public class LettreIntrouvableException extends RuntimeException {

    public LettreIntrouvableException(String message) {
        super(message);
    }
}
