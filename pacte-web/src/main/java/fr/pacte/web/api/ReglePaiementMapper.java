package fr.pacte.web.api;

import fr.pacte.paiement.ReglePaiementException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A payment rule refused the action (month out of order, not closed, not a one-off mission): 422. */
@Provider
public class ReglePaiementMapper implements ExceptionMapper<ReglePaiementException> {

    @Override
    public Response toResponse(ReglePaiementException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(new Erreur(e.getMessage())).build();
    }
}
