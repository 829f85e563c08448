package fr.pacte.entrepot.chargement;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;

/** Records how the load ended (terminé, arrêté, en échec) on the analyst's load row. */
@Named
@Dependent
public class SuiviChargement extends AbstractJobListener {

    @Inject
    @BatchProperty
    private String chargement;

    @Inject
    private JobContext job;

    @Resource(lookup = "java:jboss/datasources/PacteDS")
    private DataSource source;

    @Override
    public void afterJob() throws Exception {
        BatchStatus s = job.getBatchStatus();
        String statut = switch (s) {
            case COMPLETED -> "TERMINE";
            case STOPPED, STOPPING -> "ARRETE";
            default -> "ECHEC";
        };
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE entrepot.chargement SET statut = ?, termine_le = now(), message = ? WHERE id = ?")) {
            ps.setString(1, statut);
            ps.setString(2, s == BatchStatus.COMPLETED ? null : "Exécution " + job.getExecutionId() + " : " + s
                    + (job.getExitStatus() == null ? "" : " (" + job.getExitStatus() + ")"));
            ps.setLong(3, Long.parseLong(chargement));
            ps.executeUpdate();
        }
    }
}
