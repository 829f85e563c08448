package fr.pacte.lettre;

import fr.pacte.securite.Avis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The reminders of the follow-up table, asked by a user ({@link SuiviLettresService}) or before the deadline ({@link RappelEcheanceLettres}). */
@ApplicationScoped
public class Relances {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private Event<Avis> avis;

    /** Reminds the chefs of the letters to sign (one message per établissement) and the agents of those to accept. */
    public SuiviLettresService.Relance relancer(String annee, LocalDate limite, List<LettreEnSouffrance> lettres, String objet) {
        Map<String, Integer> aSigner = new TreeMap<>();
        int agents = 0;
        for (LettreEnSouffrance l : lettres) {
            if (l.nonSignee()) {
                aSigner.merge(l.uai(), 1, Integer::sum);
            } else if (l.nonAcceptee()) {
                agents++;
                avis.fire(Avis.aLAgent(objet, l.identifiant(), "Rappel : votre lettre de mission " + annee + " (" + l.uai()
                        + ") attend votre acceptation, au plus tard le " + JOUR.format(limite) + "."));
            }
        }
        aSigner.forEach((uai, n) -> avis.fire(Avis.auxChefs(objet, uai, "Rappel : " + n + " lettre(s) de mission " + annee
                + " restent à signer, au plus tard le " + JOUR.format(limite) + ".")));
        return new SuiviLettresService.Relance(aSigner.size(), agents);
    }
}
