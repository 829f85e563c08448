package fr.pacte.web.api;

import fr.pacte.commun.ModificationInterdite;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;

/**
 * Every service is an EJB, so whatever fails inside one reaches the API as an {@link EJBException} (one mapper for
 * it). An immutability trigger (what was sent, closed or signed does not change) answers 409 with PostgreSQL's
 * message. A concurrent change caught by a {@code @Version} column (JPA's {@code OptimisticLockException},
 * Hibernate's {@code StaleObjectStateException}, at flush or at commit, wrapped in a rollback) answers 409 on every
 * endpoint: nothing was written, read again and retry — the writes that know the current values (envelopes,
 * allocation, reserves) check their version first and answer them ({@link ConflitMapper}). Anything else stays a
 * 500, logged.
 */
@Provider
public class ModificationInterditeMapper implements ExceptionMapper<EJBException> {

    static final String CONCURRENTE = "Les données ont été modifiées entre-temps par un autre utilisateur : rien n'a été "
            + "enregistré. Relisez-les et recommencez.";

    private static final System.Logger JOURNAL = System.getLogger(ModificationInterditeMapper.class.getName());

    @Override
    public Response toResponse(EJBException e) {
        return ModificationInterdite.message(e).or(() -> ModificationInterdite.concurrente(e) ? Optional.of(CONCURRENTE) : Optional.empty())
                .map(m -> Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new Erreur(m)).build())
                .orElseGet(() -> {
                    JOURNAL.log(System.Logger.Level.ERROR, "Erreur interne d'un service", e);
                    return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(new Erreur("Erreur interne du serveur.")).build();
                });
    }
}
