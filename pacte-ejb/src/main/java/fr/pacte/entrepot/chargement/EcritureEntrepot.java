package fr.pacte.entrepot.chargement;

import fr.pacte.entrepot.MesuresChargement;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    @Inject
    private UnitesRepository unites;

    @Inject
    private MesuresChargement mesures;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        long id = Long.parseLong(chargement);
        for (Object item : items) {
            unites.charger(id, job.getExecutionId(), (Unite) item);
        }
        mesures.unitesChargees(items.size());
        long attente = pause == null || pause.isBlank() ? 0 : Long.parseLong(pause);
        if (attente > 0) {
            Thread.sleep(attente);
        }
    }
}
