package fr.pacte.dotation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the dotation module keeps its allocation, reserves, publications and envelopes (JPA in infrastructure). */
public interface DotationRepository {

    List<Allocation> allocations(String annee);

    /**
     * Locks all the campaign's allocation lines, always in the same order (that of {@link LigneAllocation#name()}),
     * then tells whether its envelopes are published.
     */
    AllocationVerrouillee verrouillerAllocation(String annee);

    /**
     * Share-locks only these allocation lines (one or two), in the same order as {@link #verrouillerAllocation}: inline
     * edits do not wait for each other (the database counts each in its envelope's tranche, V36), the writers that
     * lock every line for update exclude them. A line the campaign has no row for is absent from the answer. Whether the envelopes are published is not read here:
     * see {@link #enveloppeVerrouillee}.
     */
    Map<LigneAllocation, Allocation> verrouillerLignes(String annee, java.util.Set<LigneAllocation> lignes);

    /** The envelope's voie, parts and IMP read without a lock and without managing it, or empty when it has none. */
    Optional<Object[]> lireEnveloppe(String annee, String uai);

    /**
     * The envelope locked for writing (after the allocation lines it changes: the one order of every writer), and
     * from the same statement whether the campaign's envelopes are published.
     */
    AllocationVerrouillee.Enveloppe enveloppeVerrouillee(String annee, String uai);

    /** The state of every allocation line of the campaign, read without a lock and without managing them. */
    List<EtatAllocation> etatsAllocation(String annee);

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
