package fr.pacte.lettre;

import fr.pacte.securite.Avis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Announces the letters waiting for someone as in-application notifications (through {@link Avis}). */
@ApplicationScoped
public class AnnoncesLettres {

    @Inject
    private Event<Avis> avis;

    void lettreEnAttente(@Observes LettreEnAttente l) {
        String quoi = l.numero() == 1 ? "La lettre de mission " + l.annee()
                : "L'avenant n° " + (l.numero() - 1) + " à la lettre de mission " + l.annee();
        if (l.attente() == LettreEnAttente.Attente.SIGNATURE) {
            avis.fire(Avis.auxChefs(l.numero() == 1 ? "LETTRE_A_SIGNER" : "AVENANT_OUVERT", l.uai(),
                    quoi + " de " + l.identifiant() + " attend votre signature."));
            if (l.numero() > 1) {
                avis.fire(Avis.aLAgent("AVENANT_OUVERT", l.identifiant(), quoi + " (" + l.uai()
                        + ") est ouvert : vos missions ont changé, le chef d'établissement va le signer."));
            }
        } else {
            avis.fire(Avis.aLAgent("LETTRE_A_ACCEPTER", l.identifiant(), quoi + " (" + l.uai()
                    + ") est signée par le chef d'établissement : elle attend votre acceptation."));
        }
    }
}
