package fr.pacte.entrepot;

import java.util.List;
import java.util.Optional;

/** Loads asked by analysts and reports produced (the batch job's own repository is JBeret's). */
public interface ChargementRepository {

    long creer(String annees, String login);

    /** The job's execution, the node running it and its first heartbeat. */
    void lancer(long id, long executionId, String noeud);

    /** This node's sign of life (entrepot.noeud), for the loads it runs; its watch calls it every round. */
    void signer(String noeud);

    /**
     * Makes the load this node's before a resumption: a stopped or failed load, or a running one whose node has been
     * silent for {@code silenceSecondes} (one conditional update: of two nodes, one only takes a silent load).
     *
     * @return false if another node holds it, alive
     */
    boolean reclamer(long id, String noeud, int silenceSecondes);

    /** The running loads whose node has been silent, resumed fewer than {@code reprisesMax} times. */
    List<Long> silencieux(int silenceSecondes, int reprisesMax);

    /** Units still to load in the loads running on any node (the batch progress that /metrics shows). */
    long unitesRestantes();

    /** A running load whose node has gone silent is read as {@link Chargement#interrompu()}. */
    Optional<Chargement> trouver(long id);

    List<Chargement> derniers(int nombre);

    void journaliserEdition(String annee, String filtres, int seuil, String format, String login, long dureeMs);

    List<Edition> editions(int nombre);
}
