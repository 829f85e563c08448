package fr.pacte.entrepot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The warehouse loads' progress at /metrics (issue 20 point 2): {@code pacte_entrepot_unites_restantes}, the units
 * still to load in the running loads of every node (read from PostgreSQL at each scrape), and
 * {@code pacte_entrepot_unites_chargees_total}, the units this node has written.
 */
@ApplicationScoped
public class MesuresChargement {

    @Inject
    private MeterRegistry registre;

    @Inject
    private ChargementRepository chargements;

    private Counter chargees;

    @PostConstruct
    void enregistrer() {
        // the registry's own methods, not the builders (MesuresLettres says why)
        chargees = registre.counter("pacte.entrepot.unites.chargees", Tags.empty());
        registre.gauge("pacte.entrepot.unites.restantes", Tags.empty(), this, MesuresChargement::restantes);
    }

    /** Registers the meters at the start, so that /metrics shows them before the first load. */
    void demarrage(@Observes @Initialized(ApplicationScoped.class) Object contexte) {
        chargees.count();
    }

    public void unitesChargees(int n) {
        chargees.increment(n);
    }

    private double restantes() {
        try {
            return chargements.unitesRestantes();
        } catch (RuntimeException baseIndisponible) {
            // a scrape never fails for the database: /health/ready says it
            return Double.NaN;
        }
    }
}
