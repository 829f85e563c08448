package fr.pacte.web.api;

import fr.pacte.lettre.SuiviLettres;
import fr.pacte.lettre.SuiviLettresService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The follow-up of the letters against the campaign's deadline, and the reminders (scope: the service's). */
@Path("suivi-lettres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuiviLettresResource {

    /** The body of a reminder: both optional, narrowing the caller's scope. */
    public record Cible(String departement, String uai) {
    }

    @Inject
    private SuiviLettresService suivi;

    @GET
    @Path("{annee}")
    public SuiviLettres tableau(@PathParam("annee") String annee, @QueryParam("departement") String departement,
                                @QueryParam("uai") String uai) {
        return suivi.tableau(annee, departement, uai);
    }

    @POST
    @Path("{annee}/relances")
    public SuiviLettresService.Relance relancer(@PathParam("annee") String annee, Cible cible) {
        return cible == null ? suivi.relancer(annee, null, null) : suivi.relancer(annee, cible.departement(), cible.uai());
    }
}
