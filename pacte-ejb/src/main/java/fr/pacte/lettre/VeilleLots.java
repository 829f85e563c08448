package fr.pacte.lettre;

import fr.pacte.commun.Noeud;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * On every node, every {@code pacte.lots.veille.secondes} (30): signs for the lots this node holds (its heartbeat,
 * independent of how fast a lot progresses), takes over the lots whose node has been silent for
 * {@code pacte.lots.silence.secondes} (180: six missed rounds) and produces them again, at most twice each; deletes the lots finished more than {@code pacte.lots.retention.jours} (30) days ago with their ZIPs.
 * The claim is the database's (one conditional update): a dead node's lot is resumed once, a live node's never.
 */
@Singleton
@Startup
public class VeilleLots {

    private static final System.Logger JOURNAL = System.getLogger(VeilleLots.class.getName());
    private static final int REPRISES_MAX = 2;

    @Resource
    private ManagedScheduledExecutorService planificateur;

    @Resource
    private ManagedExecutorService executeur;

    @Inject
    private LotRepository lots;

    @Inject
    private ProductionLots production;

    private ScheduledFuture<?> tache;

    @PostConstruct
    void demarrer() {
        long periode = Long.getLong("pacte.lots.veille.secondes", 30);
        tache = planificateur.scheduleWithFixedDelay(this::veiller, periode, periode, TimeUnit.SECONDS);
    }

    @PreDestroy
    void arreter() {
        tache.cancel(false);
    }

    private void veiller() {
        try {
            int purges = lots.purger(Integer.getInteger("pacte.lots.retention.jours", 30));
            if (purges > 0) {
                JOURNAL.log(System.Logger.Level.INFO, purges + " lot(s) de lettres supprimé(s) après la durée de conservation");
            }
            lots.signer(Noeud.nom());
            for (long id : lots.reprendre(Noeud.nom(), Integer.getInteger("pacte.lots.silence.secondes", 180), REPRISES_MAX)) {
                JOURNAL.log(System.Logger.Level.WARNING, "Lot de lettres " + id + " repris par " + Noeud.nom()
                        + " : son serveur ne donnait plus signe de vie");
                executeur.submit(() -> production.produire(id));
            }
        } catch (RuntimeException e) {
            // the next round tries again
            JOURNAL.log(System.Logger.Level.WARNING, "Veille des lots de lettres : " + e.getMessage());
        }
    }
}
