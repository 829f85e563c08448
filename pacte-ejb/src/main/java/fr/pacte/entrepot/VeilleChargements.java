package fr.pacte.entrepot;

import fr.pacte.commun.Noeud;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * On every node, at start and every {@code pacte.chargements.veille.secondes} (30): signs this node's life
 * ({@code entrepot.noeud}), and resumes from their last checkpoint the loads whose node has been silent for
 * {@code pacte.chargements.silence.secondes} (180), each at most twice — the claim is one conditional update, so a
 * dead node's load is resumed by one node only, and a live node's never.
 */
@Singleton
@Startup
public class VeilleChargements {

    private static final System.Logger JOURNAL = System.getLogger(VeilleChargements.class.getName());
    private static final int REPRISES_MAX = 2;

    @Resource
    private ManagedScheduledExecutorService planificateur;

    @Inject
    private ChargementRepository chargements;

    @Inject
    private RelanceChargement relance;

    private ScheduledFuture<?> tache;

    @PostConstruct
    void demarrer() {
        // signed before this node can start a load: a load of an unsigned node would read as interrupted
        chargements.signer(Noeud.nom());
        long periode = Long.getLong("pacte.chargements.veille.secondes", 30);
        tache = planificateur.scheduleWithFixedDelay(this::veiller, periode, periode, TimeUnit.SECONDS);
    }

    @PreDestroy
    void arreter() {
        tache.cancel(false);
    }

    private void veiller() {
        try {
            chargements.signer(Noeud.nom());
            for (long id : chargements.silencieux(ReglagesVeille.silenceSecondes(), REPRISES_MAX)) {
                if (chargements.reclamer(id, Noeud.nom(), ReglagesVeille.silenceSecondes())) {
                    long execution = relance.relancer(id);
                    JOURNAL.log(System.Logger.Level.WARNING, "Chargement " + id + " repris par " + Noeud.nom()
                            + " (exécution " + execution + ") : son serveur ne donnait plus signe de vie");
                }
            }
        } catch (RuntimeException e) {
            // the next round tries again
            JOURNAL.log(System.Logger.Level.WARNING, "Veille des chargements de l'entrepôt : " + e.getMessage());
        }
    }
}
