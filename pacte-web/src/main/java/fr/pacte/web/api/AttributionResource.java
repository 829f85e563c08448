package fr.pacte.web.api;

import fr.pacte.commun.Page;
import fr.pacte.attribution.AttributionEnregistree;
import fr.pacte.attribution.AttributionService;
import fr.pacte.attribution.AttributionVue;
import fr.pacte.attribution.MissionsAcademiques;
import fr.pacte.attribution.NouvelleAttribution;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Attributions over REST: the same rules as the screen and the import, in the same service. */
@Path("attributions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttributionResource {

    @Inject
    private AttributionService attributions;

    @POST
    public Response attribuer(NouvelleAttribution a) {
        if (a == null) {
            throw new BadRequestException("Corps attendu : {\"annee\", \"uai\", \"identifiant\", \"dispositif\", \"codeMission\", "
                    + "\"parts\", \"tauxImp\", \"heures\", \"dateDebut\", \"dateFin\", \"modalite\"}");
        }
        // the identical attribution already in force is answered as it is (200), never written twice
        AttributionEnregistree r = attributions.attribuer(a);
        return Response.status(r.creee() ? Response.Status.CREATED : Response.Status.OK).entity(r.attribution()).build();
    }

    @GET
    public PageJson<AttributionVue> lister(@QueryParam("annee") String annee, @QueryParam("uai") String uai,
                                           @QueryParam("page") Integer page, @QueryParam("taille") Integer taille) {
        if (annee == null || uai == null) {
            throw new BadRequestException("Paramètres obligatoires : annee et uai");
        }
        int[] pt = Page.borner(page, taille);
        return PageJson.de(attributions.attributions(annee, uai, pt[0], pt[1]), v -> v);
    }

    /**
     * Académie-level IMP (seed 003), rectorat only: {@code {"annee", "identifiant", "codeMission", "tauxImp",
     * "dateDebut", "dateFin", "modalite"}}; the UAI, when omitted, is the personnel's affectation.
     */
    @POST
    @Path("academiques")
    public Response attribuerAcademique(NouvelleAttribution a) {
        if (a == null) {
            throw new BadRequestException("Corps attendu : {\"annee\", \"identifiant\", \"codeMission\", \"tauxImp\", "
                    + "\"dateDebut\", \"dateFin\", \"modalite\"}");
        }
        NouvelleAttribution imp = a.dispositif() != null ? a : new NouvelleAttribution(a.annee(), a.uai(), a.identifiant(),
                "IMP", a.codeMission(), a.parts(), a.tauxImp(), a.heures(), a.dateDebut(), a.dateFin(), a.modalite());
        return attribuer(imp);
    }

    /** The académique IMP of a campaign with the IMP allocation line (rectorat). */
    @GET
    @Path("academiques")
    public MissionsAcademiques academiques(@QueryParam("annee") String annee) {
        if (annee == null) {
            throw new BadRequestException("Paramètre obligatoire : annee");
        }
        return attributions.academiques(annee);
    }

    @POST
    @Path("{id}/annulation")
    public AttributionVue annuler(@PathParam("id") long id) {
        return attributions.annuler(id);
    }
}
