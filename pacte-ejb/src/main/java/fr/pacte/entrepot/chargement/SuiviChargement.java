package fr.pacte.entrepot.chargement;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import fr.pacte.entrepot.PublicationRapports;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records how the load ended (terminé, arrêté, en échec) on the analyst's load row. */
@Named
@Dependent
public class SuiviChargement extends AbstractJobListener {

    @Inject
    @BatchProperty
    private String chargement;

    @Inject
    private JobContext job;

    @Inject
    private UnitesRepository unites;

    @Inject
    private PublicationRapports publications;

    @Override
    public void afterJob() throws Exception {
        BatchStatus s = job.getBatchStatus();
        if (s == BatchStatus.COMPLETED) {
            // the report of each campaign loaded is computed now, once, before the load shows as finished
            try {
                publications.publierApresChargement(BatchRuntime.getJobOperator().getParameters(job.getExecutionId())
                        .getProperty("annees", ""));
            } catch (RuntimeException e) {
                // the load itself is done: its report is computed at the first request instead
                System.getLogger(SuiviChargement.class.getName()).log(System.Logger.Level.WARNING,
                        "Rapport du chargement " + chargement + " non publié à la fin du chargement : " + e.getMessage(), e);
            }
        }
        String statut = switch (s) {
            case COMPLETED -> "TERMINE";
            case STOPPED, STOPPING -> "ARRETE";
            default -> "ECHEC";
        };
        unites.terminer(Long.parseLong(chargement), statut, s == BatchStatus.COMPLETED ? null
                : "Exécution " + job.getExecutionId() + " : " + s + (job.getExitStatus() == null ? "" : " (" + job.getExitStatus() + ")"));
    }
}
