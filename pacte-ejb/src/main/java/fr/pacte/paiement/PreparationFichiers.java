package fr.pacte.paiement;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;


/**
 * Starts the production of a month's files once the run has committed (so that the run's request answers as soon
 * as the lines are sent, and a failure of the files never undoes the sending), in a managed thread. At start-up,
 * the files a stopped server left unfinished are started again; the producer's lock makes a second start harmless.
 */
@ApplicationScoped
public class PreparationFichiers {

    private static final System.Logger JOURNAL = System.getLogger(PreparationFichiers.class.getName());

    @Resource
    private ManagedExecutorService executeur;

    @Inject
    private ProductionFichiersPaiement production;

    @Inject
    private SuiviFichiers suivi;

    @Inject
    private ExecutionRepository executions;

    void moisClos(@Observes(during = TransactionPhase.AFTER_SUCCESS) MoisClos evenement) {
        lancer(evenement.execution());
    }

    void demarrage(@Observes @Initialized(ApplicationScoped.class) Object contexte) {
        try {
            executions.fichiersEnCours().forEach(this::lancer);
        } catch (RuntimeException e) {
            // the server starts anyway; the files are started again at the next start or from the screen
            JOURNAL.log(System.Logger.Level.WARNING, "Reprise des fichiers de paie inachevés impossible : " + e.getMessage());
        }
    }

    void lancer(long execution) {
        executeur.submit(() -> {
            try {
                production.produire(execution);
            } catch (RuntimeException e) {
                JOURNAL.log(System.Logger.Level.ERROR, "Fichiers de paie de l'exécution " + execution + " : échec", e);
                suivi.echouer(execution, String.valueOf(e.getMessage()));
            }
        });
    }
}
