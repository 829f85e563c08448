package fr.pacte.paiement;

/**
 * The progress of a month's files, each step committed on its own (REQUIRES_NEW) so that the screen and the API see
 * it while the files are being written — the writer's own transaction commits only at the end.
 */
public interface SuiviFichiers {

    void avancer(long execution, int pourcentage);

    /** The production failed: the month stays closed, its files can be started again. */
    void echouer(long execution, String erreur);

    /** A failed production starts again (does nothing otherwise). */
    void relancer(long execution);
}
