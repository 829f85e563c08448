package fr.pacte.web.api;

import fr.pacte.securite.AccesRefuseException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class AccesRefuseMapper implements ExceptionMapper<AccesRefuseException> {

    @Context
    private HttpServletRequest requete;

    @Override
    public Response toResponse(AccesRefuseException e) {
        requete.setAttribute(fr.pacte.web.JournalAcces.MOTIF, e.getMessage());
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Erreur(e.getMessage())).build();
    }
}
