package fr.pacte.web.api;

import fr.pacte.demande.RegleDemandeException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request rule refused the action: 422 with the field and the rule. */
@Provider
public class RegleDemandeMapper implements ExceptionMapper<RegleDemandeException> {

    @Override
    public Response toResponse(RegleDemandeException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new RegleDotationMapper.Refus(e.getMessage(), e.champ())).build();
    }
}
