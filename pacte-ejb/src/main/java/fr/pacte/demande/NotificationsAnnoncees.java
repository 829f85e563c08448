package fr.pacte.demande;

import fr.pacte.dotation.EnveloppesPubliees;
import fr.pacte.securite.Avis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Turns what other modules announce into notifications, in the transaction of the change (the default observer
 * phase): the dotation module's publication, and the {@link Avis} of modules above this one (letters, deadlines,
 * reminders). The stored notification is then fired like a request's, so the optional e-mail copy follows it.
 */
@ApplicationScoped
public class NotificationsAnnoncees {

    @Inject
    private DemandeRepository demandes;

    @Inject
    private Event<Notification> notifications;

    void enveloppesPubliees(@Observes EnveloppesPubliees publication) {
        for (String uai : publication.uais()) {
            noter(Notification.de(Avis.auxChefs("ENVELOPPE_PUBLIEE", uai, "Votre enveloppe " + publication.annee()
                    + " est publiée par le rectorat : vous pouvez répartir les missions.")));
        }
    }

    void annonce(@Observes Avis avis) {
        noter(Notification.de(avis));
    }

    private void noter(Notification n) {
        if (demandes.dejaNonLue(n)) {
            return;
        }
        demandes.notifier(n);
        notifications.fire(n);
    }
}
