package fr.pacte.paiement;

import java.time.YearMonth;
import java.util.List;

public interface ExecutionRepository {

    /** Holds the campaign's monthly run lock until the transaction ends: two runs never interleave. */
    void verrouiller(String annee);

    /**
     * Takes the lock of a run's files until the transaction ends, if no one holds it: false when another thread
     * or node is writing them.
     */
    boolean verrouillerFichiers(long execution);

    /** The run of that id, or null. */
    Execution parId(long execution);

    /** The runs whose files are being written (after a stop of the server: to start again). */
    List<Long> fichiersEnCours();

    /** The last closed month of the campaign, or null if none. */
    YearMonth dernierMoisClos(String annee);

    Execution trouver(String annee, YearMonth mois);

    void ajouter(Execution execution);

    List<ExecutionVue> lister(String annee);
}
