package fr.pacte.web.api;

import fr.pacte.referentiel.ParametreCampagneRefuseException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A campaign's setting refused by its rule: 422 with the field and the rule. */
@Provider
public class ParametreCampagneMapper implements ExceptionMapper<ParametreCampagneRefuseException> {

    @Override
    public Response toResponse(ParametreCampagneRefuseException e) {
        return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new RegleDotationMapper.Refus(e.getMessage(), e.champ())).build();
    }
}
