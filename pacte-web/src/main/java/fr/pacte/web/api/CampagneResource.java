package fr.pacte.web.api;

import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.CampagneService;
import fr.pacte.referentiel.ParametresCampagne;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.referentiel.VersionCampagne;
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

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The campaigns' life over REST (rectorat): list, create the next year, set its settings, open, close. Reading the
 * list is open to every role that reads campaigns; every write is the rectorat's (403 otherwise).
 */
@Path("campagnes")
@Produces(MediaType.APPLICATION_JSON)
public class CampagneResource {

    /** A campaign as the API shows it: its status, its life and its settings with their version. */
    public record CampagneJson(String annee, Campagne.Statut statut, OffsetDateTime ouverteLe, OffsetDateTime closeLe,
                               String closePar, ParametresCampagne parametres) {

        static CampagneJson de(Campagne c) {
            return new CampagneJson(c.anneeScolaire(), c.statut(), c.ouverteLe(), c.closeLe(),
                    c.closePar(), ParametresCampagne.de(c));
        }
    }

    public record CreationJson(String annee) {
    }

    @Inject
    private CampagneService campagnes;

    @Inject
    private ReferentielService referentiel;

    @GET
    public List<CampagneJson> lister() {
        return referentiel.campagnes().stream().map(CampagneJson::de).toList();
    }

    @GET
    @Path("{annee}")
    public CampagneJson lire(@PathParam("annee") String annee) {
        return CampagneJson.de(referentiel.campagne(annee));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response creer(CreationJson corps) {
        if (corps == null || corps.annee() == null) {
            throw new BadRequestException("annee : année scolaire attendue, par exemple {\"annee\": \"2026-2027\"}");
        }
        return Response.status(Response.Status.CREATED).entity(CampagneJson.de(campagnes.creer(corps.annee()))).build();
    }

    @PUT
    @Path("{annee}/parametres")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampagneJson parametrer(@PathParam("annee") String annee, ParametresCampagne parametres) {
        if (parametres == null || parametres.version() == null) {
            throw new BadRequestException("version : la version de la campagne lue est obligatoire (verrou optimiste)");
        }
        return CampagneJson.de(campagnes.parametrer(annee, parametres));
    }

    @POST
    @Path("{annee}/ouverture")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampagneJson ouvrir(@PathParam("annee") String annee, @QueryParam("version") Long version) {
        return CampagneJson.de(campagnes.ouvrir(annee, exigerVersion(version)));
    }

    @POST
    @Path("{annee}/cloture")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampagneJson clore(@PathParam("annee") String annee, @QueryParam("version") Long version) {
        return CampagneJson.de(campagnes.clore(annee, exigerVersion(version)));
    }

    @GET
    @Path("{annee}/historique")
    public List<VersionCampagne> historique(@PathParam("annee") String annee) {
        return campagnes.historique(annee);
    }

    private static long exigerVersion(Long version) {
        if (version == null) {
            throw new BadRequestException("version : paramètre ?version= obligatoire (la version de la campagne lue)");
        }
        return version;
    }
}
