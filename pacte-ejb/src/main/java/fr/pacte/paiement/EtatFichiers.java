package fr.pacte.paiement;

/** The files of a closed month: produced after the run's commit, in the background (issue 19). */
public enum EtatFichiers {
    /** Being written: downloads answer 409 with the progress. */
    EN_COURS,
    /** Written and frozen with the month. */
    PRETS,
    /** The production failed (the month stays closed, its lines sent): it can be started again. */
    ECHEC
}
