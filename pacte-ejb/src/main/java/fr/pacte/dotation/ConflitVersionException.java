package fr.pacte.dotation;

import fr.pacte.commun.ConflitException;

/** Someone else changed the envelope since it was read: the caller gets the fresh values to start again from. */
public class ConflitVersionException extends ConflitException {

    public ConflitVersionException(LigneDotation actuelle) {
        super("L'enveloppe de " + actuelle.uai() + " a été modifiée entre-temps par un autre utilisateur : "
                + "valeurs actuelles " + Quantites.format(actuelle.parts()) + " part(s) et "
                + Quantites.format(actuelle.imp()) + " IMP. Reprenez votre saisie sur ces valeurs.", actuelle);
    }

    @Override
    public LigneDotation actuelle() {
        return (LigneDotation) super.actuelle();
    }
}
