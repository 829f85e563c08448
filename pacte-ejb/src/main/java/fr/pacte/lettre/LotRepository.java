package fr.pacte.lettre;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The bulk ZIPs, in PostgreSQL so that any request (and any node) follows and downloads them: their state, the node
 * producing each and its heartbeat, and the ZIP itself. The worker writes its progress outside any transaction: each
 * update is visible at once. A node writes a lot only while it is the lot's node: a lot resumed by another node after
 * a silence is no longer its own.
 */
public interface LotRepository {

    long creer(String anneeScolaire, String uai, String departement, String demandeur, String noeud);

    /** Null if unknown. */
    LotVue lire(long id);

    /** @return false if the lot is no longer this node's */
    boolean demarrer(long id, long total, String noeud);

    /** The progress, and the node's sign of life. @return false if the lot is no longer this node's */
    boolean avancer(long id, int faites, String noeud);

    /**
     * Stores the ZIP and finishes the lot in one transaction.
     *
     * @return false, and nothing stored, if the lot is no longer this node's
     */
    boolean terminer(long id, Path zip, String message, String noeud);

    void echouer(long id, String message, String noeud);

    /** Copies the stored ZIP of a finished lot to {@code sortie}. */
    void ecrireArchive(long id, OutputStream sortie) throws IOException;

    /** This node's sign of life for every unfinished lot it holds (its watch calls it every round). */
    void signer(String noeud);

    /**
     * Takes over the unfinished lots whose node gave no sign of life for {@code seuilSecondes}, in one conditional
     * update (two nodes never take the same lot); those already resumed {@code reprisesMax} times fail instead.
     *
     * @return the lots now this node's, to produce again
     */
    List<Long> reprendre(String noeud, int seuilSecondes, int reprisesMax);

    /** Deletes the finished or failed lots older than {@code jours} days, with their ZIPs. @return how many */
    int purger(int jours);
}
