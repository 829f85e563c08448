package fr.pacte.web.debit;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.SameThreadExecutor;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * First handler of the deployment, before the servlet's and thus before any authentication: a login attempt from a
 * locked address is refused here (no password checked), and one from an address that failed often waits its delay
 * first — without holding a thread: the exchange is suspended, then handed to a worker when the delay is over.
 */
final class PorteDebit implements HttpHandler {

    private final HttpHandler suivant;
    private final Debit debit;

    PorteDebit(HttpHandler suivant, Debit debit) {
        this.suivant = suivant;
        this.debit = debit;
    }

    @Override
    public void handleRequest(HttpServerExchange ex) throws Exception {
        if (!Tentatives.est(ex)) {
            suivant.handleRequest(ex);
            return;
        }
        DebitAdresses.Decision decision = debit.adresses.avant(Tentatives.adresse(ex), debit.maintenant());
        if (decision.refusMs() > 0) {
            debit.refuser(ex, decision.refusMs(), true);
        } else if (decision.delaiMs() > 0) {
            differer(ex, decision.delaiMs());
        } else {
            suivant.handleRequest(ex);
        }
    }

    private void differer(HttpServerExchange ex, long delaiMs) {
        ex.dispatch(SameThreadExecutor.INSTANCE, () -> {
            try {
                debit.minuterie.schedule(() -> ex.dispatch(suivant), delaiMs, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException arretEnCours) {
                ex.dispatch(suivant); // the deployment is stopping: no more waiting
            }
        });
    }
}
