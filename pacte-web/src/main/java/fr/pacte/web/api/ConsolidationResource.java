package fr.pacte.web.api;

import fr.pacte.commun.Page;
import fr.pacte.mission.FiltreConsolidation;
import fr.pacte.mission.LigneConsolidation;
import fr.pacte.mission.SuiviService;
import fr.pacte.mission.TotauxConsolidation;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The académie's consolidated missions over REST (rectorat; a DASEN gets his département only). */
@Path("consolidation")
@Produces(MediaType.APPLICATION_JSON)
public class ConsolidationResource {

    public record Consolidation(TotauxConsolidation totaux, PageJson<LigneConsolidation> missions) {
    }

    @Inject
    private SuiviService suivi;

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
        return new Consolidation(suivi.totaux(f), PageJson.de(suivi.consolidation(f, pt[0], pt[1]), l -> l));
    }
}
