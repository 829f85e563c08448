package fr.pacte.web.debit;

import fr.pacte.securite.JournalService;
import io.undertow.server.HttpServerExchange;
import jakarta.enterprise.inject.spi.CDI;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;

/**
 * The login throttling of one deployment: its figures, its two counts (per address, per login), the timer of the
 * delays, and the journal of what it refuses. Kept in this node's memory: each node of a cluster counts its own
 * attempts (README « Brute force »).
 */
final class Debit {

    private static final int AUTEUR_MAX = 60;
    private static final System.Logger LOG = System.getLogger(Debit.class.getName());

    final ReglageDebit reglage;
    final DebitAdresses adresses;
    final VerrousIdentifiants identifiants;
    final ScheduledExecutorService minuterie;
    private final LongSupplier horloge;
    private final String contexte;
    private volatile JournalService journal;

    Debit(ReglageDebit reglage, ScheduledExecutorService minuterie, LongSupplier horloge, String contexte) {
        this.reglage = reglage;
        this.adresses = new DebitAdresses(reglage);
        this.identifiants = new VerrousIdentifiants(reglage);
        this.minuterie = minuterie;
        this.horloge = horloge;
        this.contexte = contexte;
    }

    long maintenant() {
        return horloge.getAsLong();
    }

    void refuser(HttpServerExchange ex, long attenteMs, boolean adresse) {
        RefusDebit.repondre(ex, contexte, attenteMs, adresse);
    }

    /** A failed attempt from the address, journaled when it locks the address. Within the servlet's handlers. */
    void echecAdresse(String adresse, String identifiant) {
        Optional<String> verrou = adresses.echec(adresse, identifiant, maintenant());
        verrou.ifPresent(motif -> journaliser(null, JournalService.CONNEXION_VERROUILLEE, adresse, motif));
    }

    /** A failed attempt of the login, journaled when it locks the login. Within the servlet's handlers. */
    void echecIdentifiant(String identifiant, String adresse) {
        Optional<String> verrou = identifiants.echec(identifiant, adresse, maintenant());
        verrou.ifPresent(motif -> journaliser(identifiant, JournalService.CONNEXION_VERROUILLEE, identifiant, motif));
    }

    /**
     * Through the application's journal service (CDI, in the request's thread: the servlet's handlers run with the
     * deployment's context). The journal never turns an answer into an error: a failed write is only logged.
     */
    void journaliser(String identifiant, String action, String objet, String motif) {
        String auteur = identifiant == null || identifiant.length() <= AUTEUR_MAX ? identifiant
                : identifiant.substring(0, AUTEUR_MAX);
        try {
            JournalService service = journal;
            if (service == null) {
                service = CDI.current().select(JournalService.class).get();
                journal = service;
            }
            service.enregistrerAcces(auteur, action, objet, motif);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Journal des accès : écriture impossible (" + action + ")", e);
        }
    }
}
