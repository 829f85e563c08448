package fr.pacte.entrepot.chargement;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The job executions this server started since it booted. A load whose execution is still "running" in the job
 * repository but unknown here was left so by a server that stopped abruptly: it is interrupted and may resume. This is
 * the same test as JBeret's restart mode "detect" (an execution it has not loaded in this JVM may restart).
 */
@ApplicationScoped
public class ExecutionsDuServeur {

    private final Set<Long> executions = ConcurrentHashMap.newKeySet();

    public void lancee(long execution) {
        executions.add(execution);
    }

    public boolean connue(long execution) {
        return executions.contains(execution);
    }
}
