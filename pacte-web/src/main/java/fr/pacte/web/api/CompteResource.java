package fr.pacte.web.api;

import fr.pacte.commun.Page;
import fr.pacte.securite.CompteVue;
import fr.pacte.securite.GestionComptesService;
import fr.pacte.securite.MotDePasseUnique;
import fr.pacte.securite.NouveauCompte;
import jakarta.inject.Inject;
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
 * The accounts over REST (rectorat only, 403 otherwise): list, create (the answer carries the one-time password,
 * shown this once), change role and scope, deactivate or reactivate, give a new one-time password, and create the
 * chef accounts of every établissement that has none.
 */
@Path("comptes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompteResource {

    public record ActivationJson(boolean actif) {
    }

    @Inject
    private GestionComptesService comptes;

    @GET
    public PageJson<CompteVue> lister(@QueryParam("q") String texte, @QueryParam("page") Integer page,
                                      @QueryParam("taille") Integer taille) {
        int[] pt = Page.borner(page, taille);
        return PageJson.de(comptes.rechercher(texte, pt[0], pt[1]), c -> c);
    }

    @POST
    public Response creer(NouveauCompte compte) {
        return Response.status(201).entity(comptes.creer(compte)).build();
    }

    @PUT
    @Path("{login}")
    public CompteVue modifier(@PathParam("login") String login, NouveauCompte compte) {
        return comptes.modifier(login, compte);
    }

    @POST
    @Path("{login}/activation")
    public CompteVue activer(@PathParam("login") String login, ActivationJson activation) {
        return comptes.activer(login, activation.actif());
    }

    @POST
    @Path("{login}/reinitialisation")
    public MotDePasseUnique reinitialiser(@PathParam("login") String login) {
        return comptes.reinitialiser(login);
    }

    @POST
    @Path("chefs")
    public List<MotDePasseUnique> creerComptesDesChefs(@QueryParam("departement") String departement) {
        return comptes.creerComptesDesChefs(departement);
    }
}
