package fr.pacte.securite;

import fr.pacte.commun.Refus;

/** An account that cannot be created or changed as asked: the field and the rule, in French (422). */
public class CompteRefuseException extends Refus {

    public CompteRefuseException(String champ, String message) {
        super(Motif.REGLE, champ, message);
    }

}
