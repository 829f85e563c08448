package fr.pacte.web.api;

import fr.pacte.referentiel.CatalogueService;
import fr.pacte.referentiel.MissionCampagne;
import fr.pacte.referentiel.NouvelleMission;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The catalogue of a campaign: read by all, missions added or reworded by the rectorat (from a campaign onwards),
 * adapted by a chef for his établissement. Roles and scope are checked by CatalogueService (403).
 */
@Path("referentiel/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    /** A chef's wording of a mission; a blank libelle returns to the catalogue's. */
    public record Adaptation(String libelle, String contenu) {
    }

    @Inject
    private CatalogueService catalogue;

    @GET
    public List<MissionCampagne> catalogue(@QueryParam("annee") String annee, @QueryParam("uai") String uai) {
        return catalogue.catalogue(obligatoire(annee), uai);
    }

    @POST
    public Response ajouter(@QueryParam("annee") String annee, NouvelleMission m) {
        if (m == null) {
            throw new BadRequestException("Corps attendu : la mission (code, dispositif, voie, libelle…)");
        }
        return Response.status(Response.Status.CREATED).entity(catalogue.ajouter(obligatoire(annee), m)).build();
    }

    @PUT
    @Path("{code}")
    public MissionCampagne modifier(@QueryParam("annee") String annee, @PathParam("code") String code, NouvelleMission m) {
        if (m == null) {
            throw new BadRequestException("Corps attendu : {\"libelle\": …, \"contenu\": …}");
        }
        return catalogue.modifier(obligatoire(annee), code, m);
    }

    @PUT
    @Path("{code}/adaptations/{uai}")
    public MissionCampagne adapter(@QueryParam("annee") String annee, @PathParam("code") String code,
                                   @PathParam("uai") String uai, Adaptation a) {
        if (a == null) {
            throw new BadRequestException("Corps attendu : {\"libelle\": …, \"contenu\": …}");
        }
        return catalogue.adapter(obligatoire(annee), uai, code, a.libelle(), a.contenu());
    }

    private static String obligatoire(String annee) {
        if (annee == null || annee.isBlank()) {
            throw new BadRequestException("Paramètre attendu : annee (ex. 2161-2162)");
        }
        return annee;
    }
}
