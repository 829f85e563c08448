package fr.pacte.web.api;

import fr.pacte.mission.LettreIntrouvableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class LettreIntrouvableMapper implements ExceptionMapper<LettreIntrouvableException> {

    @Override
    public Response toResponse(LettreIntrouvableException e) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Erreur(e.getMessage())).build();
    }
}
