package fr.pacte.web.api;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every service is an EJB, so whatever fails inside one reaches the API as an {@link EJBException}. A concurrent
 * change caught by a {@code @Version} column (JPA's {@link OptimisticLockException}, Hibernate's
 * {@code StaleObjectStateException}, at flush or at commit, wrapped in a rollback) answers 409 on every endpoint:
 * nothing was written, read again and retry. The writes that know the current values (envelopes, allocation,
 * reserves) check their version first and answer them ({@link ConflitMapper}); anything else stays a 500.
 */
@Provider
public class VerrouOptimisteMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(VerrouOptimisteMapper.class.getName());

    @Override
    public Response toResponse(EJBException e) {
        if (!concurrente(e)) {
            LOG.log(Level.SEVERE, "Erreur interne de l'API", e);
            return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Erreur("Erreur interne du serveur.")).build();
        }
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Erreur("Les données ont été modifiées entre-temps par un autre utilisateur : rien n'a été "
                        + "enregistré. Relisez-les et recommencez.")).build();
    }

    static boolean concurrente(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals("org.hibernate.StaleStateException")) {
                    return true;
                }
            }
        }
        return false;
    }
}
