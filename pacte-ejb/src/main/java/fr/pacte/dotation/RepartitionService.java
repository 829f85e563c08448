package fr.pacte.dotation;

import fr.pacte.dotation.formule.Formule;
import fr.pacte.dotation.formule.Simulation;

/**
 * The rectorat distributes the allocation with a formula: simulated first (nothing saved), then applied in one
 * transaction; bulk actions change a filtered selection at once. Every write obeys the allocation and quanta.
 */
public interface RepartitionService {

    /** Proposal for every établissement, within the allocation less the reserves. Nothing is written. */
    Simulation simuler(String annee, Formule formule);

    /** Applies the formula's proposal to every établissement. @return the number of envelopes changed */
    int appliquer(String annee, Formule formule, String motif);

    /** @return the number of envelopes changed */
    int appliquerEnMasse(String annee, FiltreDotations filtre, OperationMasse operation, String motif);
}
