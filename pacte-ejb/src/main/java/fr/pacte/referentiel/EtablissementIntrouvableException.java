package fr.pacte.referentiel;

import fr.pacte.commun.Refus;

public class EtablissementIntrouvableException extends Refus {

    public EtablissementIntrouvableException(String uai) {
        super(Motif.INTROUVABLE, null, "Établissement inconnu : " + uai);
    }
}
