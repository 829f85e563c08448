package fr.pacte.web.api;

import fr.pacte.securite.AccesRefuseException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class AccesRefuseMapper implements ExceptionMapper<AccesRefuseException> {

    @Override
    public Response toResponse(AccesRefuseException e) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Erreur(e.getMessage())).build();
    }
}
