package fr.pacte.web.api;

import fr.pacte.commun.Page;
import fr.pacte.commun.tableur.FormatTableau;
import fr.pacte.attribution.FiltreConsolidation;
import fr.pacte.attribution.LigneConsolidation;
import fr.pacte.attribution.ConsultationAttributionsService;
import fr.pacte.attribution.TotauxConsolidation;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The académie's consolidated missions over REST (rectorat; a DASEN gets his département only). */
@Path("consolidation")
@Produces(MediaType.APPLICATION_JSON)
public class ConsolidationResource {

    public record Consolidation(TotauxConsolidation totaux, PageJson<LigneConsolidation> missions) {
    }

    @Inject
    private ConsultationAttributionsService attributions;

    @GET
    public Consolidation lister(@QueryParam("annee") String annee, @QueryParam("departement") String departement,
                                @QueryParam("nature") String nature, @QueryParam("education_prioritaire") String ep,
                                @QueryParam("dispositif") String dispositif, @QueryParam("mission") String mission,
                                @QueryParam("page") Integer page, @QueryParam("taille") Integer taille) {
        if (annee == null) {
            throw new BadRequestException("Paramètre obligatoire : annee");
        }
        FiltreConsolidation f = new FiltreConsolidation(annee, departement, nature, ep, dispositif, mission);
        int[] pt = Page.borner(page, taille);
        return new Consolidation(attributions.totaux(f), PageJson.de(attributions.consolidation(f, pt[0], pt[1]), l -> l));
    }

    /**
     * The whole selection as a file, {@code GET /api/consolidation/xlsx?annee=…} (or {@code csv}), same filters: the
     * body is written by the service as it reads the rows (one cursor, one transaction), never held whole.
     */
    @GET
    @Path("{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response fichier(@PathParam("format") String format, @QueryParam("annee") String annee,
                            @QueryParam("departement") String departement, @QueryParam("nature") String nature,
                            @QueryParam("education_prioritaire") String ep, @QueryParam("dispositif") String dispositif,
                            @QueryParam("mission") String mission) {
        FormatTableau f = FormatTableau.depuis(format);
        if (f == null) {
            throw new NotFoundException("Format inconnu : " + format + " (csv ou xlsx)");
        }
        if (annee == null || !annee.matches("[0-9]{4}-[0-9]{4}")) {
            // the year names the file: nothing else may reach the header
            throw new BadRequestException("Paramètre obligatoire : annee (AAAA-AAAA)");
        }
        FiltreConsolidation filtre = new FiltreConsolidation(annee, departement, nature, ep, dispositif, mission);
        StreamingOutput corps = sortie -> attributions.exporterConsolidation(filtre, f, sortie);
        return Response.ok(corps, f.type())
                .header("Content-Disposition", "attachment; filename=\"missions-" + annee + "." + f.extension() + "\"")
                .build();
    }
}
