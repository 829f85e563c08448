package fr.pacte.web.api;

import fr.pacte.referentiel.RegleCatalogueException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A catalogue rule refused the change (code taken, empty label, unknown year format): 422. */
@Provider
public class RegleCatalogueMapper implements ExceptionMapper<RegleCatalogueException> {

    @Override
    public Response toResponse(RegleCatalogueException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(new Erreur(e.getMessage())).build();
    }
}
