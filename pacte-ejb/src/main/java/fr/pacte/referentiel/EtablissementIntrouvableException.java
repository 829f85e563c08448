package fr.pacte.referentiel;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class EtablissementIntrouvableException extends RuntimeException {

    public EtablissementIntrouvableException(String uai) {
        super("Établissement inconnu : " + uai);
    }
}
