package fr.pacte.web.api;

import fr.pacte.referentiel.CampagneIntrouvableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class CampagneIntrouvableMapper implements ExceptionMapper<CampagneIntrouvableException> {

    @Override
    public Response toResponse(CampagneIntrouvableException e) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Erreur(e.getMessage())).build();
    }
}
