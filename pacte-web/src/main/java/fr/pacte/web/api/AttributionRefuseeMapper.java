package fr.pacte.web.api;

import fr.pacte.mission.AttributionRefuseeException;
import fr.pacte.mission.ErreurAttribution;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** An attribution refused by its rules: 422 with every rule broken. */
@Provider
public class AttributionRefuseeMapper implements ExceptionMapper<AttributionRefuseeException> {

    public record Refus(String erreur, List<ErreurAttribution> erreurs) {
    }

    @Override
    public Response toResponse(AttributionRefuseeException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(new Refus(e.getMessage(), e.erreurs())).build();
    }
}
