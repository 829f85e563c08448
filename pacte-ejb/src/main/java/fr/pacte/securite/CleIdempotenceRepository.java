package fr.pacte.securite;

/** The keys of {@code securite.cle_idempotence} (V13). */
public interface CleIdempotenceRepository {

    /** Purges the keys past their retention, then reserves the key or tells what it already holds. */
    IdempotenceService.Reservation reserver(String appelant, String cle, String methode, String chemin, String empreinte,
                                            int retentionHeures);

    void enregistrer(String appelant, String cle, int statut, String typeContenu, String emplacement, byte[] corps);

    void liberer(String appelant, String cle);
}
