package fr.pacte.web.api;

import fr.pacte.entrepot.CampagneNonChargeeException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A campaign not loaded in the warehouse, an unknown load, or a load that cannot restart. */
@Provider
public class EntrepotMapper implements ExceptionMapper<CampagneNonChargeeException> {

    @Override
    public Response toResponse(CampagneNonChargeeException e) {
        return Response.status(e.conflit() ? Response.Status.CONFLICT : Response.Status.NOT_FOUND)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(new Erreur(e.getMessage())).build();
    }
}
