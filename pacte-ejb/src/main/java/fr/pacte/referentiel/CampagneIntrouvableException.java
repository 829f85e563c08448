package fr.pacte.referentiel;

import fr.pacte.commun.Refus;

/** No campaign for that school year: say whether the year is malformed or simply not created yet, and what to do. */
public class CampagneIntrouvableException extends Refus {

    public CampagneIntrouvableException(String annee) {
        super(Motif.INTROUVABLE, null, CycleCampagne.anneeValide(annee)
                ? "La campagne " + annee + " n'existe pas : le rectorat la crée puis l'ouvre dans « Campagnes »."
                : "Année scolaire « " + annee + " » invalide : format attendu 2025-2026 (deux années qui se suivent).");
    }
}
