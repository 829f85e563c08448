package fr.pacte.entrepot.chargement;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the units of the load (campaigns' dimensions, then their départements). The checkpoint is the rank of the
 * next unit, so a restarted job goes on where the last committed chunk stopped.
 */
@Named
@Dependent
public class UnitesDeChargement extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String annees;

    @Inject
    @BatchProperty
    private String chargement;

    @Inject
    private UnitesRepository depot;

    private List<Unite> unites;
    private int suivante;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        List<String> choisies = annees == null || annees.isBlank() ? List.of()
                : Arrays.stream(annees.split(",")).map(String::trim).toList();
        unites = depot.unites(Long.parseLong(chargement), choisies);
        suivante = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return suivante < unites.size() ? unites.get(suivante++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return suivante;
    }
}
