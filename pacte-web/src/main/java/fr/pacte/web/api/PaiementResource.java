package fr.pacte.web.api;

import fr.pacte.paiement.ExecutionPaiementService;
import fr.pacte.paiement.FichierPaiement;
import fr.pacte.paiement.FormatFichier;
import fr.pacte.paiement.MissionPayee;
import fr.pacte.paiement.PaiementService;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Schedules (within the caller's scope), the monthly run and its files (rectorat), service fait (chef). */
@Path("paiements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaiementResource {

    @Inject
    private PaiementService paiements;

    @Inject
    private ExecutionPaiementService executions;

    @GET
    @Path("{annee}/personnels/{identifiant}")
    public PaiementJson.Personnel personnel(@PathParam("annee") String annee, @PathParam("identifiant") String identifiant) {
        return PaiementJson.Personnel.de(paiements.personnel(annee, identifiant));
    }

    @GET
    @Path("{annee}/etablissements/{uai}")
    public PaiementJson.Etablissement etablissement(@PathParam("annee") String annee, @PathParam("uai") String uai) {
        return PaiementJson.Etablissement.de(paiements.etablissement(annee, uai));
    }

    @GET
    @Path("{annee}/synthese")
    public PaiementJson.Synthese synthese(@PathParam("annee") String annee) {
        return PaiementJson.Synthese.de(paiements.synthese(annee));
    }

    @GET
    @Path("{annee}/executions")
    public List<PaiementJson.Execution> executions(@PathParam("annee") String annee) {
        return executions.executions(annee).stream().map(PaiementJson.Execution::de).toList();
    }

    @POST
    @Path("{annee}/executions")
    public PaiementJson.Execution executer(@PathParam("annee") String annee, PaiementJson.DemandeExecution demande) {
        if (demande == null || demande.mois() == null) {
            throw new BadRequestException("Corps attendu : {\"mois\": \"AAAA-MM\"}");
        }
        return PaiementJson.Execution.de(executions.executer(annee, mois(demande.mois())));
    }

    /** Starts again the files of a closed month whose production failed. */
    @POST
    @Path("{annee}/executions/{mois}/fichiers")
    public PaiementJson.Execution relancerFichiers(@PathParam("annee") String annee, @PathParam("mois") String mois) {
        return PaiementJson.Execution.de(executions.relancerFichiers(annee, mois(mois)));
    }

    /** 409 while the month's files are being written (the body gives the progress). */
    @GET
    @Path("{annee}/executions/{mois}/{format}")
    @Produces(MediaType.WILDCARD)
    public Response fichier(@PathParam("annee") String annee, @PathParam("mois") String mois,
                            @PathParam("format") String format) {
        FormatFichier f;
        try {
            f = FormatFichier.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Format : csv, xlsx ou pdf (reçu : " + format + ")");
        }
        FichierPaiement fichier = executions.fichier(annee, mois(mois), f);
        return Response.ok(fichier.contenu(), fichier.type())
                .header("Content-Disposition", "attachment; filename=\"" + fichier.nom() + "\"").build();
    }

    @POST
    @Path("services-faits/{attribution}")
    public MissionPayee serviceFait(@PathParam("attribution") long attribution) {
        return paiements.enregistrerServiceFait(attribution);
    }

    private static YearMonth mois(String texte) {
        try {
            return YearMonth.parse(texte);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("Mois attendu au format AAAA-MM (reçu : " + texte + ")");
        }
    }
}
