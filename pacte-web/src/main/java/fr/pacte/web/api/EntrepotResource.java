package fr.pacte.web.api;

import fr.pacte.entrepot.Chargement;
import fr.pacte.entrepot.EntrepotService;
import fr.pacte.entrepot.FiltreStatistiques;
import fr.pacte.entrepot.Population;
import fr.pacte.entrepot.RapportStatistique;
import fr.pacte.web.entrepot.EditionRapport;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/**
 * The warehouse over REST, for analysts and the rectorat: loads (start, follow, stop, restart) and the annual report
 * (JSON tables, PDF, XLSX, CSV) — masked tables only, never a name.
 */
@Path("entrepot")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EntrepotResource {

    /** Body of a load request: the campaigns (none = all) and an optional pause after each unit, in ms. */
    public record DemandeChargement(List<String> annees, Long pause) {
    }

    @Inject
    private EntrepotService entrepot;

    @Inject
    private EditionRapport edition;

    @POST
    @Path("chargements")
    public Response charger(DemandeChargement d) {
        Chargement c = entrepot.charger(d == null || d.annees() == null ? List.of() : d.annees(),
                d == null || d.pause() == null ? 0 : d.pause());
        return Response.accepted(c).build();
    }

    @GET
    @Path("chargements")
    public List<Chargement> chargements() {
        return entrepot.chargements();
    }

    @GET
    @Path("chargements/{id}")
    public Chargement chargement(@PathParam("id") long id) {
        return entrepot.chargement(id);
    }

    @POST
    @Path("chargements/{id}/arret")
    public Chargement arreter(@PathParam("id") long id) {
        return entrepot.arreter(id);
    }

    @POST
    @Path("chargements/{id}/reprise")
    public Chargement reprendre(@PathParam("id") long id) {
        return entrepot.reprendre(id);
    }

    @GET
    @Path("rapports/{annee}")
    public RapportStatistique rapport(@PathParam("annee") String annee, @QueryParam("departement") String departement,
            @QueryParam("nature") String nature, @QueryParam("secteur") String secteur,
            @QueryParam("population") String population) {
        return entrepot.rapport(annee, new FiltreStatistiques(departement, nature, secteur, Population.de(population)));
    }

    @GET
    @Path("rapports/{annee}/{format}")
    @Produces({"application/pdf", "application/zip", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response fichier(@PathParam("annee") String annee, @PathParam("format") String format,
            @QueryParam("departement") String departement, @QueryParam("nature") String nature,
            @QueryParam("secteur") String secteur, @QueryParam("population") String population) {
        EditionRapport.Format f;
        try {
            f = EditionRapport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.NotFoundException("Format inconnu : " + format + " (pdf, xlsx ou csv)");
        }
        RapportStatistique r = edition.rapport(annee, new FiltreStatistiques(departement, nature, secteur,
                Population.de(population)));
        return Response.ok(edition.produire(r, f), f.type)
                .header("Content-Disposition", "attachment; filename=\"" + EditionRapport.nomFichier(r, f) + "\"").build();
    }
}
