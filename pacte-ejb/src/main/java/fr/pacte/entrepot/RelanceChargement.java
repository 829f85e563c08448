package fr.pacte.entrepot;

import fr.pacte.commun.Noeud;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Properties;

/**
 * Restarts a load's job from its last checkpoint, on this node, once the load is this node's
 * ({@link ChargementRepository#reclamer}). JBeret's restart mode "detect" marks failed an execution still "started"
 * in the job repository that this JVM does not run (its node died) and restarts it; one running here is refused.
 */
@ApplicationScoped
class RelanceChargement {

    @Inject
    private ChargementRepository chargements;

    /** @return the new execution */
    long relancer(long id) {
        Chargement c = chargements.trouver(id).orElseThrow(() -> new CampagneNonChargeeException("Chargement inconnu : " + id));
        JobOperator operateur = BatchRuntime.getJobOperator();
        Properties p = operateur.getParameters(c.executionId());
        p.setProperty("pause", "0");
        p.setProperty("jberet.restart.mode", "detect");
        long execution = operateur.restart(c.executionId(), p);
        chargements.lancer(id, execution, Noeud.nom());
        return execution;
    }
}
