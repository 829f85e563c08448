package fr.pacte.web.debit;

import fr.pacte.securite.JournalService;
import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

/**
 * Handler of the servlet's requests, outside its security handlers: refuses the attempt of a locked login before the
 * realm checks any password, then counts the outcome of every attempt once the container has authenticated it or
 * not — a success clears the login's count, a failure counts for the login and for the address, and journals the
 * HTTP Basic failures (the form's are journaled by {@code JournalAcces} on its error page) and the locks.
 */
final class SuiviConnexions implements HttpHandler {

    private final HttpHandler suivant;
    private final Debit debit;

    SuiviConnexions(HttpHandler suivant, Debit debit) {
        this.suivant = suivant;
        this.debit = debit;
    }

    @Override
    public void handleRequest(HttpServerExchange ex) throws Exception {
        boolean basic = Tentatives.basic(ex);
        if (!basic && !Tentatives.formulaire(ex)) {
            suivant.handleRequest(ex);
            return;
        }
        String adresse = Tentatives.adresse(ex);
        String identifiant = basic ? Tentatives.identifiantBasic(ex) : Tentatives.identifiantFormulaire(ex);
        long verrou = identifiant == null ? 0 : debit.identifiants.verrou(identifiant, debit.maintenant());
        if (verrou > 0) {
            debit.echecAdresse(adresse, identifiant); // hammering a locked login still counts for the address
            debit.refuser(ex, verrou, false);
            return;
        }
        String chemin = ex.getRequestMethod() + " " + ex.getRequestURI(); // before the container forwards anywhere
        try {
            suivant.handleRequest(ex);
        } finally {
            bilan(ex, basic ? chemin : null, adresse, identifiant);
        }
    }

    /**
     * An attempt that ends without an identity is a failure — unless it was only redirected (HTTP to HTTPS) or the
     * server failed (a database outage must not lock anyone).
     */
    private void bilan(HttpServerExchange ex, String cheminBasic, String adresse, String identifiant) {
        SecurityContext securite = ex.getSecurityContext();
        if (securite != null && securite.isAuthenticated()) {
            if (identifiant != null) {
                debit.identifiants.succes(identifiant);
            }
            return;
        }
        int statut = ex.getStatusCode();
        if (statut >= 500 || (statut >= 300 && statut < 400)) {
            return;
        }
        debit.echecAdresse(adresse, identifiant);
        if (identifiant != null) {
            debit.echecIdentifiant(identifiant, adresse);
        }
        if (cheminBasic != null) {
            debit.journaliser(identifiant, JournalService.CONNEXION_ECHOUEE, cheminBasic,
                    "Identifiant ou mot de passe incorrect (HTTP Basic)");
        }
    }
}
