package fr.pacte.web.api;

import fr.pacte.commun.QuantiteRefuseeException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A quantity outside its bounds (e.g. 1E999999999), seen before any arithmetic: 422 with the field and the rule. */
@Provider
public class QuantiteRefuseeMapper implements ExceptionMapper<QuantiteRefuseeException> {

    @Override
    public Response toResponse(QuantiteRefuseeException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(new Erreur(e.getMessage())).build();
    }
}
