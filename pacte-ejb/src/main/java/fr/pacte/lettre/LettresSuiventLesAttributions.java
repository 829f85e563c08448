package fr.pacte.lettre;

import fr.pacte.attribution.AttributionsModifiees;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * The letters follow the attributions: on {@link AttributionsModifiees}, in the writer's transaction, a signed or
 * accepted letter gets an avenant and the chef is told a letter waits for his signature; a brouillon simply shows
 * the missions as they now are.
 */
@ApplicationScoped
public class LettresSuiventLesAttributions {

    @Inject
    private LettreRepository lettres;

    @Inject
    private JournalLettres journal;

    @Inject
    private Event<LettreEnAttente> enAttente;

    private final Clock horloge = Clock.systemUTC();

    void suivre(@Observes AttributionsModifiees m) {
        LettreDeMission lettre = lettres.courante(m.anneeScolaire(), m.uai(), m.identifiant());
        if (lettre == null) {
            // no version written yet: the letter (version 1) waits for the chef, once (unread duplicates are dropped)
            enAttente.fire(new LettreEnAttente(m.anneeScolaire(), m.uai(), m.identifiant(), LettreEnAttente.Attente.SIGNATURE, 1));
            return;
        }
        LettreDeMission avenant = lettre.missionsModifiees(horloge.instant());
        if (avenant != null) {
            lettres.ajouter(avenant);
            journal.avenantOuvert(lettre, avenant);
            enAttente.fire(new LettreEnAttente(m.anneeScolaire(), m.uai(), m.identifiant(), LettreEnAttente.Attente.SIGNATURE,
                    avenant.getNumero()));
        }
    }
}
