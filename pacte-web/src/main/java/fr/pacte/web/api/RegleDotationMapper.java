package fr.pacte.web.api;

import fr.pacte.dotation.RegleDotationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A rule refused the change: 422 with the field and the rule. */
@Provider
public class RegleDotationMapper implements ExceptionMapper<RegleDotationException> {

    public record Refus(String erreur, String champ) {
    }

    @Override
    public Response toResponse(RegleDotationException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(new Refus(e.getMessage(), e.champ())).build();
    }
}
