package fr.pacte.web.api;

import fr.pacte.dotation.ConflitVersionException;
import fr.pacte.dotation.LigneDotation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A stale edit: 409 with the message and the current values to start again from. */
@Provider
public class ConflitVersionMapper implements ExceptionMapper<ConflitVersionException> {

    public record Conflit(String erreur, LigneDotation actuelle) {
    }

    @Override
    public Response toResponse(ConflitVersionException e) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Conflit(e.getMessage(), e.actuelle())).build();
    }
}
