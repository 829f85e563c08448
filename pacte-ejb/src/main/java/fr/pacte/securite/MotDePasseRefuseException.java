package fr.pacte.securite;

import fr.pacte.commun.Refus;

/** A password change refused: the current password is wrong, or the new one breaks a rule (said in French). */
public class MotDePasseRefuseException extends Refus {

    public MotDePasseRefuseException(String message) {
        super(Motif.REGLE, null, message);
    }
}
