package fr.pacte.web.api;

import fr.pacte.commun.Page;
import fr.pacte.demande.Decision;
import fr.pacte.demande.DemandeService;
import fr.pacte.demande.DemandeVue;
import fr.pacte.demande.DetailDemande;
import fr.pacte.demande.EtatDemande;
import fr.pacte.demande.FiltreDemandes;
import fr.pacte.demande.NatureDemande;
import fr.pacte.demande.SyntheseDemandes;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Requests over REST: file, list, decide — with the same scope and rules as the screens. */
@Path("demandes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DemandeResource {

    public record NouvelleDemande(String annee, NatureDemande nature, BigDecimal quantite, String justification,
                                  Boolean deposer) {
    }

    public record Retrait(String commentaire) {
    }

    public record DecisionJson(BigDecimal quantiteAccordee, String motif) {
    }

    @Inject
    private DemandeService demandes;

    @POST
    public Response creer(NouvelleDemande d) {
        if (d == null) {
            throw new BadRequestException("Corps attendu : {\"annee\", \"nature\", \"quantite\", \"justification\", \"deposer\"}");
        }
        DemandeVue v = demandes.creer(d.annee(), d.nature(), d.quantite(), d.justification(), Boolean.TRUE.equals(d.deposer()));
        return Response.status(Response.Status.CREATED).entity(v).build();
    }

    @GET
    public PageJson<DemandeVue> lister(@QueryParam("annee") String annee, @QueryParam("etat") EtatDemande etat,
                                       @QueryParam("nature") NatureDemande nature, @QueryParam("uai") String uai,
                                       @QueryParam("departement") String departement, @QueryParam("depuis") String depuis,
                                       @QueryParam("jusqua") String jusqua, @QueryParam("page") Integer page,
                                       @QueryParam("taille") Integer taille) {
        int[] pt = Page.borner(page, taille);
        FiltreDemandes f = new FiltreDemandes(annee, etat, nature, uai, departement, date(depuis, "depuis"), date(jusqua, "jusqua"));
        return PageJson.de(demandes.demandes(f, pt[0], pt[1]), v -> v);
    }

    @GET
    @Path("synthese")
    public List<SyntheseDemandes> synthese(@QueryParam("annee") String annee) {
        return demandes.synthese(annee);
    }

    @GET
    @Path("{id}")
    public DetailDemande detail(@PathParam("id") long id) {
        return demandes.detail(id);
    }

    @POST
    @Path("{id}/depot")
    public DemandeVue deposer(@PathParam("id") long id) {
        return demandes.deposer(id);
    }

    @POST
    @Path("{id}/retrait")
    public DemandeVue retirer(@PathParam("id") long id, Retrait r) {
        return demandes.retirer(id, r == null ? null : r.commentaire());
    }

    @POST
    @Path("{id}/instruction")
    public DemandeVue instruire(@PathParam("id") long id) {
        return demandes.instruire(id);
    }

    @POST
    @Path("{id}/decision")
    public DemandeVue decider(@PathParam("id") long id, DecisionJson d) {
        if (d == null || d.quantiteAccordee() == null) {
            throw new BadRequestException("Corps attendu : {\"quantiteAccordee\": …, \"motif\": …}");
        }
        return demandes.decider(new Decision(id, d.quantiteAccordee(), d.motif()));
    }

    @POST
    @Path("decisions")
    public List<DemandeVue> deciderEnMasse(List<Decision> decisions) {
        if (decisions == null || decisions.isEmpty()) {
            throw new BadRequestException("Corps attendu : [{\"demande\": id, \"quantiteAccordee\": …, \"motif\": …}, …]");
        }
        return demandes.deciderEnMasse(decisions);
    }

    @PUT
    @Path("{id}/piece-jointe")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public DemandeVue joindre(@PathParam("id") long id, @HeaderParam("X-Nom-Fichier") String nom,
                              @HeaderParam("Content-Length") String longueur, java.io.InputStream contenu) {
        // read up to the maximum and no further; the service checks the size again, with its own message
        byte[] pdf = CorpsBorne.lire(contenu, longueur, DemandeService.PIECE_JOINTE_MAX, "Pièce jointe");
        return demandes.joindre(id, nom == null ? "piece-jointe.pdf" : CorpsBorne.nomFichier(nom), pdf);
    }

    @GET
    @Path("{id}/piece-jointe")
    @Produces("application/pdf")
    public jakarta.ws.rs.core.Response pieceJointe(@PathParam("id") long id) {
        byte[] contenu = demandes.pieceJointe(id);
        if (contenu == null) {
            throw new jakarta.ws.rs.NotFoundException("La demande n°" + id + " n'a pas de pièce jointe.");
        }
        // a file a user uploaded is downloaded, never rendered in Pacte's origin (issue 16, point 1)
        return jakarta.ws.rs.core.Response.ok(contenu).header("Content-Disposition",
                "attachment; filename=\"piece-jointe-demande-" + id + ".pdf\"").build();
    }

    private static LocalDate date(String texte, String parametre) {
        try {
            return texte == null || texte.isBlank() ? null : LocalDate.parse(texte);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(parametre + " : date attendue au format AAAA-MM-JJ");
        }
    }
}
