package fr.pacte.web.api;

import fr.pacte.commun.ConflitException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A conflict with the current state (a stale version, an attribution already in force with other values): 409 with
 * the message and the current values to start again from (envelope, allocation lines, reserve, attribution).
 */
@Provider
public class ConflitMapper implements ExceptionMapper<ConflitException> {

    public record Conflit(String erreur, Object actuelle) {
    }

    @Override
    public Response toResponse(ConflitException e) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Conflit(e.getMessage(), e.actuelle())).build();
    }
}
