package fr.pacte.paiement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Writes a closed month's files in its own transaction, after the run has committed. Not a facade: it is called by
 * {@link PreparationFichiers} only, in a managed thread, with whatever identity that thread has (hence PermitAll).
 */
@Stateless
@PermitAll
public class ProductionFichiersPaiement {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

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
        Execution e = em.find(Execution.class, execution, LockModeType.NONE);
        if (e == null || e.etatFichiers() == EtatFichiers.PRETS) {
            return;
        }
        fichiers.produire(e, pourcentage -> suivi.avancer(execution, pourcentage));
    }
}
