package fr.pacte.web.api;

import fr.pacte.dotation.AlerteConsommation;
import fr.pacte.dotation.ConsommationGroupe;
import fr.pacte.dotation.PilotageConsommation;
import fr.pacte.mission.SimulationPlafond;
import fr.pacte.mission.SimulationPlafondService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

/** The rectorat's home page figures over REST: consumption, under-consumption alerts, cap what-if. */
@Path("pilotage/{annee}")
@Produces(MediaType.APPLICATION_JSON)
public class PilotageResource {

    @Inject
    private PilotageConsommation pilotage;

    @Inject
    private SimulationPlafondService simulations;

    @GET
    @Path("consommation")
    public Map<String, List<ConsommationGroupe>> consommation(@PathParam("annee") String annee) {
        return Map.of("departements", pilotage.parDepartement(annee), "natures", pilotage.parNature(annee));
    }

    @GET
    @Path("alertes")
    public List<AlerteConsommation> alertes(@PathParam("annee") String annee) {
        return pilotage.alertes(annee);
    }

    @GET
    @Path("simulation-plafond")
    public SimulationPlafond.Resultat simulation(@PathParam("annee") String annee, @QueryParam("plafond") Integer plafond) {
        if (plafond == null || plafond < 1) {
            throw new jakarta.ws.rs.BadRequestException("plafond : entier positif obligatoire (plafond envisagé hors voie professionnelle)");
        }
        return simulations.simuler(annee, plafond);
    }
}
