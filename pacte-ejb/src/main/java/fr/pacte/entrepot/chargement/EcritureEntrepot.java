package fr.pacte.entrepot.chargement;

import fr.pacte.entrepot.infrastructure.SqlChargement;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Replaces the warehouse partition of each unit, journals it and advances the progress, all in the chunk's
 * transaction: the unit, its journal line and the checkpoint commit together.
 */
@Named
@Dependent
public class EcritureEntrepot extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String chargement;

    /** Milliseconds to wait after each unit: spares a database shared with daytime work (0 by default). */
    @Inject
    @BatchProperty
    private String pause;

    @Inject
    private JobContext job;

    @Resource(lookup = "java:jboss/datasources/PacteDS")
    private DataSource source;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        long id = Long.parseLong(chargement);
        try (Connection c = source.getConnection()) {
            for (Object item : items) {
                Unite u = (Unite) item;
                long debut = System.nanoTime();
                int lignes = SqlChargement.charger(c, u);
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO entrepot.journal_unite (chargement_id, execution_id, rang, unite, lignes, duree_ms)
                        VALUES (?, ?, ?, ?, ?, ?)""")) {
                    ps.setLong(1, id);
                    ps.setLong(2, job.getExecutionId());
                    ps.setInt(3, u.rang());
                    ps.setString(4, u.libelle());
                    ps.setInt(5, lignes);
                    ps.setInt(6, (int) ((System.nanoTime() - debut) / 1_000_000));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE entrepot.chargement SET unites_faites = ? WHERE id = ?")) {
                    ps.setInt(1, u.rang() + 1);
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
            }
        }
        long attente = pause == null || pause.isBlank() ? 0 : Long.parseLong(pause);
        if (attente > 0) {
            Thread.sleep(attente);
        }
    }
}
