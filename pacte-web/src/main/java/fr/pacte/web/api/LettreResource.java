package fr.pacte.web.api;

import fr.pacte.attribution.AttributionVue;
import fr.pacte.lettre.LettreService;
import fr.pacte.lettre.LettreVue;
import fr.pacte.lettre.LotLettresService;
import fr.pacte.lettre.LotVue;
import fr.pacte.lettre.VersionLettre;
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

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Lettres de mission over REST: lists, PDF, signature, acceptance, versions, bulk ZIP. The services apply the scope
 * (chef → his UAI, DASEN → his département, rectorat → académie, PERSONNEL → his own letters).
 */
@Path("lettres")
@Produces(MediaType.APPLICATION_JSON)
public class LettreResource {

    private static final String LETTRE = "{annee}/{uai}/{identifiant}";

    @Inject
    private LettreService lettres;

    @Inject
    private LotLettresService lots;

    @GET
    public List<LettreVue> lister(@QueryParam("annee") String annee, @QueryParam("uai") String uai) {
        if (annee == null || uai == null) {
            throw new BadRequestException("Paramètres obligatoires : annee et uai");
        }
        return lettres.lettres(annee, uai);
    }

    @GET
    @Path("miennes")
    public List<LettreVue> miennes() {
        return lettres.mesLettres();
    }

    @GET
    @Path("mes-missions")
    public List<AttributionVue> mesMissions() {
        return lettres.mesMissions();
    }

    @GET
    @Path(LETTRE + "/versions")
    public List<VersionLettre> versions(@PathParam("annee") String annee, @PathParam("uai") String uai,
                                        @PathParam("identifiant") String identifiant) {
        return lettres.versions(annee, uai, identifiant);
    }

    /** The PDF is rendered before answering, so that a refusal is a clean 403/404 and not a broken download. */
    @GET
    @Path(LETTRE + "/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("annee") String annee, @PathParam("uai") String uai,
                        @PathParam("identifiant") String identifiant, @QueryParam("version") Integer version) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
        lettres.pdf(annee, uai, identifiant, version, pdf);
        return Response.ok(pdf.toByteArray(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"lettre-mission-" + uai + "-" + identifiant
                        + (version == null ? "" : "-v" + version) + ".pdf\"").build();
    }

    @POST
    @Path(LETTRE + "/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    public VersionLettre signer(@PathParam("annee") String annee, @PathParam("uai") String uai,
                                @PathParam("identifiant") String identifiant) {
        return lettres.signer(annee, uai, identifiant);
    }

    @POST
    @Path(LETTRE + "/acceptation")
    @Consumes(MediaType.APPLICATION_JSON)
    public VersionLettre accepter(@PathParam("annee") String annee, @PathParam("uai") String uai,
                                  @PathParam("identifiant") String identifiant) {
        return lettres.accepter(annee, uai, identifiant);
    }

    /** Body {@code {"annee": "…", "uai": "…"}}, uai optional (every établissement of the caller's scope). */
    @POST
    @Path("lots")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lancer(DemandeLot demande) {
        if (demande == null || demande.annee() == null) {
            throw new BadRequestException("Corps attendu : {\"annee\": \"2025-2026\", \"uai\": \"0380001V\" (facultatif)}");
        }
        LotVue lot = lots.lancer(demande.annee(), demande.uai());
        return Response.status(Response.Status.ACCEPTED).entity(lot).build();
    }

    @GET
    @Path("lots/{id}")
    public LotVue lot(@PathParam("id") long id) {
        return lots.lot(id);
    }

    @GET
    @Path("lots/{id}/zip")
    @Produces("application/zip")
    public Response zip(@PathParam("id") long id) {
        LotVue lot = lots.lot(id);
        if (lot.etat() != fr.pacte.lettre.EtatLot.TERMINE) {
            // refused before the first byte: once streaming, the status can no longer change
            throw new fr.pacte.lettre.LettreIntrouvableException("Le lot " + id + " n'est pas terminé (" + lot.faites()
                    + " / " + lot.total() + " lettres).");
        }
        jakarta.ws.rs.core.StreamingOutput corps = sortie -> lots.ecrireArchive(id, sortie);
        return Response.ok(corps, "application/zip").header("Content-Length", lot.taille())
                .header("Content-Disposition", "attachment; filename=\"lettres-de-mission-" + id + ".zip\"").build();
    }

    public record DemandeLot(String annee, String uai) {
    }
}
