package fr.pacte.paiement;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;


/**
 * Starts the production of a month's files once the run has committed (so that the run's request answers as soon
 * as the lines are sent, and a failure of the files never undoes the sending), in a managed thread. At start-up and
 * every {@code pacte.paiements.veille.secondes} (30), the files still unfinished are started again: the producer holds
 * a PostgreSQL lock while it writes them, which goes with its connection if its node dies, so a start finds either the
 * lock taken (a node is writing them: nothing happens) or free (their node died: this one writes them).
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

    @Resource
    private ManagedScheduledExecutorService planificateur;

    private ScheduledFuture<?> veille;

    void moisClos(@Observes(during = TransactionPhase.AFTER_SUCCESS) MoisClos evenement) {
        lancer(evenement.execution());
    }

    void demarrage(@Observes @Initialized(ApplicationScoped.class) Object contexte) {
        long periode = Long.getLong("pacte.paiements.veille.secondes", 30);
        veille = planificateur.scheduleWithFixedDelay(this::reprendre, 0, periode, TimeUnit.SECONDS);
    }

    @PreDestroy
    void arreter() {
        if (veille != null) {
            veille.cancel(false);
        }
    }

    private void reprendre() {
        try {
            executions.fichiersEnCours().forEach(this::lancer);
        } catch (RuntimeException e) {
            // the next round tries again; the files can also be started again from the screen
            JOURNAL.log(System.Logger.Level.WARNING, "Reprise des fichiers de paie inachevés impossible : " + e.getMessage());
        }
    }

    void lancer(long execution) {
        executeur.submit(() -> {
            try {
                production.produire(execution);
            } catch (RuntimeException | Error e) {
                // an Error too (out of memory while writing the XLSX): the month must not stay "en préparation"
                JOURNAL.log(System.Logger.Level.ERROR, "Fichiers de paie de l'exécution " + execution + " : échec", e);
                Throwable cause = e;
                while (cause.getCause() != null) {
                    cause = cause.getCause();
                }
                suivi.echouer(execution, cause.getClass().getSimpleName() + " : " + cause.getMessage());
            }
        });
    }
}
