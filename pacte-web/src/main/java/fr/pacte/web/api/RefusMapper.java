package fr.pacte.web.api;

import fr.pacte.commun.Refus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * Every refusal of every module answers alike: the status its motif says (422 a rule, 409 a conflict, 403 the scope,
 * 404 unknown) and `{"erreur", "champ", "erreurs", "actuelle"}`, the absent parts left out.
 */
@Provider
public class RefusMapper implements ExceptionMapper<Refus> {

    /** The body of a refusal; JSON-B leaves the null members out. */
    public record CorpsRefus(String erreur, String champ, List<?> erreurs, Object actuelle) {
    }

    @Context
    private HttpServletRequest requete;

    @Override
    public Response toResponse(Refus e) {
        if (e.motif() == Refus.Motif.ACCES) {
            // the access journal records why the request was refused
            requete.setAttribute(fr.pacte.web.JournalAcces.MOTIF, e.getMessage());
        }
        return Response.status(e.motif().statut()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new CorpsRefus(e.getMessage(), e.champ(), e.erreurs(), e.actuelle())).build();
    }
}
