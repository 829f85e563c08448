package fr.pacte.web.api;

import fr.pacte.commun.Page;
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
import jakarta.ws.rs.core.MediaType;

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
}
