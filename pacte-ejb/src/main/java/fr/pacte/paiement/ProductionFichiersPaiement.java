package fr.pacte.paiement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Writes a closed month's files in its own transaction, after the run has committed. Not a facade: it is called by
 * {@link PreparationFichiers} only, in a managed thread, with whatever identity that thread has (hence PermitAll).
 */
@Stateless
@PermitAll
public class ProductionFichiersPaiement {

    @Inject
    private FichiersPaiement fichiers;

    @Inject
    private SuiviFichiers suivi;

    @Inject
    private ExecutionRepository executions;

    /** Does nothing if the files are ready, or if another thread (or node) is writing them right now. */
    public void produire(long execution) {
        if (!executions.verrouillerFichiers(execution)) {
            return;
        }
        Execution e = executions.parId(execution);
        if (e == null || e.etatFichiers() == EtatFichiers.PRETS) {
            return;
        }
        fichiers.produire(e, pourcentage -> suivi.avancer(execution, pourcentage));
    }
}
