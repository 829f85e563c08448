package fr.pacte.lettre;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The letters this node produces, at /metrics (WildFly's Micrometer registry, issue 20 point 2):
 * {@code pacte_lettres_produites_total} (its rate is the letters per second) and {@code pacte_lettres_debit}, the
 * letters per second of the last lot finished here.
 */
@ApplicationScoped
public class MesuresLettres {

    @Inject
    private MeterRegistry registre;

    private Counter produites;
    /** Letters per second of the last lot, in thousandths (a gauge reads it as a number). */
    private final AtomicLong debitMillieme = new AtomicLong();

    @PostConstruct
    void enregistrer() {
        // the registry's own methods, not the builders: WildFly 39's registry of a deployment forwards only those to
        // the server's (a builder's meter stays in the deployment's registry, never exported)
        produites = registre.counter("pacte.lettres.produites", Tags.empty());
        registre.gauge("pacte.lettres.debit", Tags.empty(), debitMillieme, d -> d.get() / 1000.0);
    }

    /** Registers the meters at the start, so that /metrics shows them before the first lot. */
    void demarrage(@Observes @Initialized(ApplicationScoped.class) Object contexte) {
        produites.count();
    }

    void lot(int lettres, double secondes) {
        produites.increment(lettres);
        debitMillieme.set(Math.round(1000 * lettres / Math.max(secondes, 1e-3)));
    }
}
