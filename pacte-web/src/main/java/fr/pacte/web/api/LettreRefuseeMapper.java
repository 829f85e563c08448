package fr.pacte.web.api;

import fr.pacte.mission.LettreRefuseeException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A step the letter's state does not allow (sign twice, accept a brouillon): 409 with the reason. */
@Provider
public class LettreRefuseeMapper implements ExceptionMapper<LettreRefuseeException> {

    @Override
    public Response toResponse(LettreRefuseeException e) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Erreur(e.getMessage())).build();
    }
}
