package fr.pacte.web.api;

import fr.pacte.commun.QuantiteRefuseeException;
import fr.pacte.dotation.FiltreDotations;
import fr.pacte.dotation.OperationMasse;
import fr.pacte.dotation.RepartitionService;
import fr.pacte.dotation.formule.Formule;
import fr.pacte.dotation.formule.Simulation;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.util.Map;

/** The proposal formula and bulk actions over REST: simulate, then apply in one transaction. */
@Path("repartitions/{annee}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RepartitionResource {

    /** A formula as JSON: type PROPORTIONNELLE (weights, floors, ceilings) or RECONDUCTION_N1 (percentage, base). */
    public record FormuleJson(String type, BigDecimal poidsRep, BigDecimal poidsRepPlus, BigDecimal poidsLp,
                              BigDecimal plancherParts, BigDecimal plafondParts, BigDecimal plancherImp,
                              BigDecimal plafondImp, BigDecimal impParEnseignants, BigDecimal pourcentage,
                              Boolean baseConsommation, String motif) {

        Formule versFormule() {
            try {
                if ("RECONDUCTION_N1".equals(type)) {
                    return new Formule.ReconductionN1(pourcentage == null ? BigDecimal.ZERO : pourcentage,
                            baseConsommation == null || baseConsommation);
                }
                if (type == null || "PROPORTIONNELLE".equals(type)) {
                    return new Formule.Proportionnelle(un(poidsRep), un(poidsRepPlus), un(poidsLp), plancherParts,
                            plafondParts, plancherImp, plafondImp, impParEnseignants);
                }
            } catch (QuantiteRefuseeException e) {
                throw e;
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new BadRequestException("Formule invalide : " + e.getMessage());
            }
            throw new BadRequestException("type de formule : PROPORTIONNELLE ou RECONDUCTION_N1");
        }

        private static BigDecimal un(BigDecimal v) {
            return v == null ? BigDecimal.ONE : v;
        }
    }

    public record MasseJson(OperationMasse.Type type, BigDecimal valeur, String motif) {
    }

    @Inject
    private RepartitionService repartition;

    @POST
    @Path("simulation")
    public Simulation simuler(@PathParam("annee") String annee, FormuleJson formule) {
        return repartition.simuler(annee, exiger(formule).versFormule());
    }

    @POST
    @Path("formule")
    public Map<String, Integer> appliquer(@PathParam("annee") String annee, FormuleJson formule) {
        return Map.of("modifiees", repartition.appliquer(annee, exiger(formule).versFormule(), formule.motif()));
    }

    @POST
    @Path("masse")
    public Map<String, Integer> enMasse(@PathParam("annee") String annee, @QueryParam("departement") String departement,
                                        @QueryParam("nature") String nature, @QueryParam("education_prioritaire") String ep,
                                        @QueryParam("q") String texte, MasseJson operation) {
        if (operation == null || operation.type() == null) {
            throw new BadRequestException("Corps attendu : {\"type\": FIXER_PARTS|AJOUTER_PARTS|FIXER_IMP|AJOUTER_IMP|RECONDUIRE_N1, \"valeur\": …}");
        }
        FiltreDotations f = new FiltreDotations(departement, nature, ep, texte, null, true);
        return Map.of("modifiees", repartition.appliquerEnMasse(annee, f,
                new OperationMasse(operation.type(), operation.valeur()), operation.motif()));
    }

    private static FormuleJson exiger(FormuleJson f) {
        if (f == null) {
            throw new BadRequestException("Corps attendu : une formule {\"type\": …}");
        }
        return f;
    }
}
