package fr.pacte.dotation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the dotation module keeps its allocation, reserves, publications and envelopes (JPA in infrastructure). */
public interface DotationRepository {

    List<Allocation> allocations(String annee);

    /**
     * Locks the campaign's allocation lines, always in the same order, so concurrent writers queue instead of
     * deadlocking, and tells from the same statement whether its envelopes are published.
     */
    AllocationVerrouillee verrouillerAllocation(String annee);

    List<Reserve> reserves(String annee);

    Optional<Reserve> reserve(String annee, String departement);

    /** The reserve locked for writing. */
    Optional<Reserve> reserveVerrouillee(String annee, String departement);

    Publication publication(String annee);

    /** The UAIs whose envelope gives something (parts or IMP), in order. */
    List<String> uaisDotes(String annee);

    /** The envelopes of these UAIs that exist, by UAI. */
    Map<String, Enveloppe> enveloppes(String annee, List<String> uais);

    /** Waits for the envelope's row lock: what the caller reads next is not being changed. */
    void verrouillerEnveloppe(String annee, String uai);

    /** The envelope's history of changes, most recent first. */
    List<ChangementEnveloppe> historique(String annee, String uai);

    void ajouter(Allocation allocation);

    void ajouter(Reserve reserve);

    void ajouter(Publication publication);

    void ajouter(Enveloppe enveloppe);

    /** The author and reason recorded with the envelopes' revision of this transaction. */
    void renseignerRevision(String auteur, String motif);

    /** Writes now, turning a refusal of the database's budget checks into the rule it breaks (422). */
    void ecrire();

    /** At a campaign's close: each envelope's consumption frozen from what its attributions in force take. */
    void figerConsommation(String annee);
}
