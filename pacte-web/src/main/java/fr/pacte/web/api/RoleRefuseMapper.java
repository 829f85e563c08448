package fr.pacte.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service refused the caller's role (@RolesAllowed). */
@Provider
public class RoleRefuseMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    private HttpServletRequest requete;

    @Override
    public Response toResponse(EJBAccessException e) {
        requete.setAttribute(fr.pacte.web.JournalAcces.MOTIF, "Action non autorisée pour votre rôle.");
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Erreur("Action non autorisée pour votre rôle.")).build();
    }
}
