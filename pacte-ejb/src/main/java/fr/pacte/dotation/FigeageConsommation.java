package fr.pacte.dotation;

import fr.pacte.referentiel.CampagneCloturee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * At a campaign's close, each envelope's consumption is frozen from what its attributions in force take (the
 * columns V11's triggers keep): parts, and IMP paid as IMP. Next year's *reconduction N-1* formula reads it.
 */
@ApplicationScoped
public class FigeageConsommation {

    @Inject
    private DotationRepository depot;

    void figer(@Observes CampagneCloturee cloture) {
        depot.figerConsommation(cloture.annee());
    }
}
