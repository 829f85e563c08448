package fr.pacte.referentiel;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class CampagneIntrouvableException extends RuntimeException {

    public CampagneIntrouvableException(String annee) {
        super("Campagne inconnue : " + annee + " (format attendu : 2025-2026)");
    }
}
