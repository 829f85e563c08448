package fr.pacte.referentiel;

import jakarta.ejb.ApplicationException;

/** No campaign for that school year: say whether the year is malformed or simply not created yet, and what to do. */
@ApplicationException(rollback = true)
public class CampagneIntrouvableException extends RuntimeException {

    public CampagneIntrouvableException(String annee) {
        super(CycleCampagne.anneeValide(annee)
                ? "La campagne " + annee + " n'existe pas : le rectorat la crée puis l'ouvre dans « Campagnes »."
                : "Année scolaire « " + annee + " » invalide : format attendu 2025-2026 (deux années qui se suivent).");
    }
}
