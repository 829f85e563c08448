package fr.pacte.web.api;

import fr.pacte.securite.CompteRefuseException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An account refused by its rule: 422 with the field and the rule. */
@Provider
public class CompteRefuseMapper implements ExceptionMapper<CompteRefuseException> {

    @Override
    public Response toResponse(CompteRefuseException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new RegleDotationMapper.Refus(e.getMessage(), e.champ())).build();
    }
}
