package fr.pacte.web.api;

import fr.pacte.commun.Page;
import fr.pacte.attribution.ConsultationAttributionsService;
import fr.pacte.attribution.AttributionVue;
import fr.pacte.suivi.DatesConseils;
import fr.pacte.suivi.DocumentConseilsService;
import fr.pacte.suivi.LigneSuivi;
import fr.pacte.suivi.PersonnelVolontaire;
import fr.pacte.attribution.ResteEnveloppe;
import fr.pacte.suivi.SuiviService;
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

import java.math.BigDecimal;
import java.util.List;

/**
 * The répartition and suivi of an établissement over REST, within the caller's scope (a chef: his UAI): the same
 * services and refusals as the répartition page.
 */
@Path("suivi")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuiviResource {

    public record Etat(ResteEnveloppe reste, DatesConseils conseils, List<LigneSuivi> attributions) {
    }

    public record Volontariat(Boolean volontaire) {
    }

    public record HeuresFaites(BigDecimal heures) {
    }

    public record Redeploiement(Long cible, BigDecimal heures, String motif) {
    }

    public record Bilan(String texte) {
    }

    @Inject
    private SuiviService suivi;

    @Inject
    private ConsultationAttributionsService consultation;

    @Inject
    private DocumentConseilsService documentConseils;

    @GET
    @Path("{annee}/{uai}")
    public Etat etat(@PathParam("annee") String annee, @PathParam("uai") String uai) {
        return new Etat(consultation.reste(annee, uai), suivi.conseils(annee, uai), suivi.suivi(annee, uai));
    }

    /** The répartition for the conseil pédagogique and the conseil d'administration (seed 003), as a PDF. */
    @GET
    @Path("{annee}/{uai}/conseils.pdf")
    @Produces("application/pdf")
    public Response documentConseils(@PathParam("annee") String annee, @PathParam("uai") String uai) {
        return Response.ok(documentConseils.pdf(annee, uai), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"repartition-conseils-" + annee + "-" + uai + ".pdf\"")
                .build();
    }

    @GET
    @Path("{annee}/{uai}/volontaires")
    public PageJson<PersonnelVolontaire> volontaires(@PathParam("annee") String annee, @PathParam("uai") String uai,
                                                    @QueryParam("tous") boolean tous, @QueryParam("page") Integer page,
                                                    @QueryParam("taille") Integer taille) {
        int[] pt = Page.borner(page, taille);
        return PageJson.de(suivi.personnels(annee, uai, !tous, pt[0], pt[1]), p -> p);
    }

    @PUT
    @Path("{annee}/{uai}/volontaires/{identifiant}")
    public PersonnelVolontaire volontaire(@PathParam("annee") String annee, @PathParam("uai") String uai,
                                          @PathParam("identifiant") String identifiant, Volontariat v) {
        if (v == null || v.volontaire() == null) {
            throw new BadRequestException("Corps attendu : {\"volontaire\": true} ou {\"volontaire\": false}");
        }
        return suivi.marquerVolontaire(annee, uai, identifiant, v.volontaire());
    }

    @PUT
    @Path("{annee}/{uai}/conseils")
    public DatesConseils conseils(@PathParam("annee") String annee, @PathParam("uai") String uai, DatesConseils d) {
        if (d == null) {
            throw new BadRequestException("Corps attendu : {\"conseilPedagogique\": \"aaaa-mm-jj\", \"conseilAdministration\": \"aaaa-mm-jj\"}");
        }
        return suivi.fixerConseils(annee, uai, d.conseilPedagogique(), d.conseilAdministration());
    }

    @PUT
    @Path("attributions/{id}/heures-faites")
    public LigneSuivi heuresFaites(@PathParam("id") long id, HeuresFaites h) {
        return suivi.releverHeures(id, h == null ? null : h.heures());
    }

    @POST
    @Path("attributions/{id}/redeploiement")
    public List<AttributionVue> redeployer(@PathParam("id") long id, Redeploiement r) {
        if (r == null || r.cible() == null) {
            throw new BadRequestException("Corps attendu : {\"cible\": id de l'attribution cible, \"heures\": n, \"motif\": \"…\"}");
        }
        return suivi.redeployer(id, r.cible(), r.heures(), r.motif());
    }

    @PUT
    @Path("attributions/{id}/bilan")
    public LigneSuivi bilan(@PathParam("id") long id, Bilan b) {
        return suivi.enregistrerBilan(id, b == null ? null : b.texte());
    }
}
