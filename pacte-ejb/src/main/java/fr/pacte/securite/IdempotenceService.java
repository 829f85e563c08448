package fr.pacte.securite;

/**
 * Keys of the API's {@code Idempotency-Key} header (draft-ietf-httpapi-idempotency-key-header): a request is run once
 * per caller and key; a repeat answers the first result. Each step commits on its own, so the reservation is visible
 * to a concurrent repeat before the work starts.
 */
public interface IdempotenceService {

    /** How long a key is kept, after which it may be reused and is purged. */
    int RETENTION_HEURES = 24;

    /** Longest key accepted. */
    int LONGUEUR_MAX = 255;

    enum Issue {
        /** The key is now reserved for this request: run it, then record or release. */
        NOUVELLE,
        /** The key already answered the same request: replay {@link Reservation#statut()} and its body. */
        REJOUEE,
        /** The first request with this key is still running. */
        EN_COURS,
        /** The key was used for another request (method, path or body). */
        AUTRE_REQUETE
    }

    record Reservation(Issue issue, int statut, String typeContenu, String emplacement, byte[] corps) {
    }

    /** @param empreinte SHA-256 (hex) of the method, path, query and body */
    Reservation reserver(String appelant, String cle, String methode, String chemin, String empreinte);

    /** Records the answer of a reserved request that succeeded. */
    void enregistrer(String appelant, String cle, int statut, String typeContenu, String emplacement, byte[] corps);

    /** Forgets a reserved request that failed (nothing was done): the key may be sent again. */
    void liberer(String appelant, String cle);
}
