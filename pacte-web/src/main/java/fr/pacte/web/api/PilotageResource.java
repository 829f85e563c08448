package fr.pacte.web.api;

import fr.pacte.dotation.AlerteConsommation;
import fr.pacte.dotation.ConsommationGroupe;
import fr.pacte.dotation.PilotageConsommation;
import fr.pacte.attribution.SimulationPlafond;
import fr.pacte.attribution.SimulationPlafondService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The rectorat's home page figures over REST: consumption, under-consumption alerts, cap what-if. */
@Path("pilotage/{annee}")
@Produces(MediaType.APPLICATION_JSON)
public class PilotageResource {

    /** A group's consumption with its rates (percent attributed, null when nothing was given). */
    public record GroupeJson(String groupe, BigDecimal parts, BigDecimal partsAttribuees, BigDecimal tauxParts,
                             BigDecimal imp, BigDecimal impAttribues, BigDecimal tauxImp) {
        static GroupeJson de(ConsommationGroupe g) {
            return new GroupeJson(g.groupe(), g.parts(), g.partsAttribuees(), g.tauxParts(), g.imp(), g.impAttribues(), g.tauxImp());
        }
    }

    /** An under-consumed envelope, its rates, and N-1 (null when the établissement had no envelope then). */
    public record AlerteJson(String departement, String uai, String etablissement, String nature, BigDecimal parts,
                             BigDecimal partsAttribuees, BigDecimal tauxParts, BigDecimal imp, BigDecimal impAttribues,
                             BigDecimal tauxImp, BigDecimal partsN1, BigDecimal partsConsommeesN1, BigDecimal tauxPartsN1,
                             BigDecimal impN1, BigDecimal impConsommesN1, BigDecimal tauxImpN1) {
        static AlerteJson de(AlerteConsommation a) {
            return new AlerteJson(a.departement(), a.uai(), a.etablissement(), a.nature(), a.parts(), a.partsAttribuees(),
                    a.tauxParts(), a.imp(), a.impAttribues(), a.tauxImp(), a.partsN1(), a.partsConsommeesN1(), a.tauxPartsN1(),
                    a.impN1(), a.impConsommesN1(), a.tauxImpN1());
        }
    }

    @Inject
    private PilotageConsommation pilotage;

    @Inject
    private SimulationPlafondService simulations;

    @GET
    @Path("consommation")
    public Map<String, List<GroupeJson>> consommation(@PathParam("annee") String annee) {
        return Map.of("departements", pilotage.parDepartement(annee).stream().map(GroupeJson::de).toList(),
                "natures", pilotage.parNature(annee).stream().map(GroupeJson::de).toList());
    }

    @GET
    @Path("alertes")
    public List<AlerteJson> alertes(@PathParam("annee") String annee) {
        return pilotage.alertes(annee).stream().map(AlerteJson::de).toList();
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
