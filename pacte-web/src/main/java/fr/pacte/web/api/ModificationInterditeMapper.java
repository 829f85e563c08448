package fr.pacte.web.api;

import fr.pacte.commun.ModificationInterdite;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service failed on a database refusal: an immutability trigger (what was sent, closed or signed does not change)
 * answers 409 with PostgreSQL's message; any other failure stays a 500, logged.
 */
@Provider
public class ModificationInterditeMapper implements ExceptionMapper<EJBException> {

    private static final System.Logger JOURNAL = System.getLogger(ModificationInterditeMapper.class.getName());

    @Override
    public Response toResponse(EJBException e) {
        return ModificationInterdite.message(e)
                .map(m -> Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new Erreur(m)).build())
                .orElseGet(() -> {
                    JOURNAL.log(System.Logger.Level.ERROR, "Erreur interne d'un service", e);
                    return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(new Erreur("Erreur interne du serveur.")).build();
                });
    }
}
