package fr.pacte.lettre;

/**
 * The state of bulk ZIPs, in PostgreSQL so that any request (and any node) follows them. The worker writes its
 * progress outside any transaction: each update is visible at once.
 */
public interface LotRepository {

    long creer(String anneeScolaire, String uai, String departement, String demandeur);

    /** Null if unknown. */
    LotVue lire(long id);

    String fichier(long id);

    void demarrer(long id, long total);

    void avancer(long id, int faites);

    void terminer(long id, String fichier, long taille, String message);

    void echouer(long id, String message);
}
