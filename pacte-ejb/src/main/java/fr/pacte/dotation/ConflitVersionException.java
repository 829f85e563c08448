package fr.pacte.dotation;

import jakarta.ejb.ApplicationException;

/** Someone else changed the envelope since it was read: the caller gets the fresh values to start again from. */
@ApplicationException(rollback = true)
public class ConflitVersionException extends RuntimeException {

    private final LigneDotation actuelle;

    public ConflitVersionException(LigneDotation actuelle) {
        super("L'enveloppe de " + actuelle.uai() + " a été modifiée entre-temps par un autre utilisateur : "
                + "valeurs actuelles " + Quantites.format(actuelle.parts()) + " part(s) et "
                + Quantites.format(actuelle.imp()) + " IMP. Reprenez votre saisie sur ces valeurs.");
        this.actuelle = actuelle;
    }

    public LigneDotation actuelle() {
        return actuelle;
    }
}
