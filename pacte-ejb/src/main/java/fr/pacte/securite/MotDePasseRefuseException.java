package fr.pacte.securite;

import jakarta.ejb.ApplicationException;

/** A password change refused: the current password is wrong, or the new one breaks a rule (said in French). */
@ApplicationException(rollback = true)
public class MotDePasseRefuseException extends RuntimeException {

    public MotDePasseRefuseException(String message) {
        super(message);
    }
}
