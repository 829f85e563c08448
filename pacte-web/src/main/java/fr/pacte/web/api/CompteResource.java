package fr.pacte.web.api;

import fr.pacte.commun.Page;
import fr.pacte.commun.tableur.EcritureTableau;
import fr.pacte.commun.tableur.LecteurTableau;
import fr.pacte.securite.CompteVue;
import fr.pacte.securite.GestionComptesService;
import fr.pacte.securite.ImportComptes;
import fr.pacte.securite.MotDePasseUnique;
import fr.pacte.securite.NouveauCompte;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.util.List;

/**
 * The accounts over REST (rectorat only, 403 otherwise): list, create (the answer carries the one-time password,
 * shown this once), change role and scope, deactivate or reactivate, give a new one-time password, and create the
 * chef accounts of every établissement that has none, or the accounts of a file. Answers carrying one-time passwords
 * are {@code Cache-Control: no-store} and never kept by the Idempotency-Key store.
 */
@Path("comptes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompteResource {

    public record ActivationJson(boolean actif) {
    }

    @Inject
    private GestionComptesService comptes;

    @Context
    private HttpServletRequest requete;

    @GET
    public PageJson<CompteVue> lister(@QueryParam("q") String texte, @QueryParam("page") Integer page,
                                      @QueryParam("taille") Integer taille) {
        int[] pt = Page.borner(page, taille);
        return PageJson.de(comptes.rechercher(texte, pt[0], pt[1]), c -> c);
    }

    @POST
    public Response creer(NouveauCompte compte) {
        return secret(Response.status(201).entity(comptes.creer(compte)));
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
    public Response reinitialiser(@PathParam("login") String login) {
        return secret(Response.ok(comptes.reinitialiser(login)));
    }

    @POST
    @Path("chefs")
    public Response creerComptesDesChefs(@QueryParam("departement") String departement) {
        List<MotDePasseUnique> crees = comptes.creerComptesDesChefs(departement);
        return secret(Response.ok(new GenericEntity<List<MotDePasseUnique>>(crees) {
        }));
    }

    /**
     * The accounts of a file (body = the file, as {@code POST /api/imports/{kind}}; no text/plain nor form encodings:
     * 415). Accepted: 201 with the CSV {@code login;mot_de_passe} of the accounts created, as an attachment, given
     * this once. Refused: 422 with every error (line, column, rule), and nothing created.
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", ImportResource.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response importer(@HeaderParam("X-Nom-Fichier") String nomFichier,
                             @HeaderParam("Content-Type") String contentType,
                             @HeaderParam("Content-Length") String longueur, InputStream contenu) {
        String nom = nomFichier != null ? CorpsBorne.nomFichier(nomFichier)
                : "comptes" + (contentType != null && contentType.startsWith(ImportResource.XLSX) ? ".xlsx" : ".csv");
        ImportComptes resultat = comptes.importer(nom, CorpsBorne.lire(contenu, longueur, LecteurTableau.TAILLE_MAX, "Fichier"));
        if (!resultat.rapport().accepte()) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(resultat.rapport()).build();
        }
        byte[] csv = EcritureTableau.csv(List.of("login", "mot_de_passe"), resultat.motsDePasse().stream()
                .map(m -> List.of(m.login(), m.motDePasse())).toList());
        return secret(Response.status(201).type("text/csv; charset=UTF-8").entity(csv)
                .header("Content-Disposition", "attachment; filename=\"mots-de-passe-provisoires.csv\"")
                .header("X-Comptes-Crees", resultat.motsDePasse().size()));
    }

    private Response secret(Response.ResponseBuilder reponse) {
        requete.setAttribute(IdempotenceFilter.NE_PAS_GARDER, Boolean.TRUE);
        return reponse.header("Cache-Control", "no-store").build();
    }
}
