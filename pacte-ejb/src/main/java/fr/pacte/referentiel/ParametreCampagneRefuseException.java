package fr.pacte.referentiel;

import fr.pacte.commun.Refus;

/** A campaign's setting or a step of its life refused by a rule: the field and the rule (HTTP 422). */
public class ParametreCampagneRefuseException extends Refus {

    public ParametreCampagneRefuseException(String champ, String message) {
        super(Motif.REGLE, champ, message);
    }

}
