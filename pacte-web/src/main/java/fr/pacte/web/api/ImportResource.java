package fr.pacte.web.api;

import fr.pacte.commun.RapportImport;
import fr.pacte.commun.tableur.LecteurTableau;
import fr.pacte.dotation.ImportDotationsService;
import fr.pacte.attribution.AttributionService;
import fr.pacte.referentiel.ImportReferentielService;
import fr.pacte.referentiel.TypeImport;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;

/**
 * POST /api/imports/{kind} with the file as body (text/csv or the XLSX type). 200 with the counts when accepted;
 * 422 with every error (line, column, rule) when refused, in which case nothing was written. The body is read up
 * to {@link LecteurTableau#TAILLE_MAX} and no further: a larger file is refused (422) without being held in memory;
 * the référentiel's and the attributions' files are handed on as a stream.
 */
@Path("imports")
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private ImportReferentielService imports;

    @Inject
    private ImportDotationsService importDotations;

    @Inject
    private AttributionService attributions;

    @POST
    @Path("{kind}")
    // no text/plain nor form encodings: a plain HTML form of another site cannot send a file here (issue 16); 415
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importer(@PathParam("kind") String kind, @HeaderParam("X-Nom-Fichier") String nomFichier,
                             @HeaderParam("Content-Type") String contentType,
                             @HeaderParam("Content-Length") String longueur, InputStream contenu) {
        String nom = nomFichier != null ? CorpsBorne.nomFichier(nomFichier)
                : kind + (contentType != null && contentType.startsWith(XLSX) ? ".xlsx" : ".csv");
        RapportImport rapport;
        if ("dotations".equals(kind)) {
            // at most one line per établissement: read whole
            rapport = importDotations.importer(nom, CorpsBorne.lire(contenu, longueur, LecteurTableau.TAILLE_MAX, "Fichier"));
        } else if ("attributions".equals(kind)) {
            CorpsBorne.verifierLongueur(longueur, LecteurTableau.TAILLE_MAX, "Fichier");
            rapport = attributions.importer(nom, contenu); // streamed, as the référentiel's files below
        } else {
            TypeImport type = TypeImport.depuisChemin(kind).orElseThrow(() -> new NotFoundException("Import inconnu : "
                    + kind + " (departements, etablissements, personnels, dotations ou attributions)"));
            CorpsBorne.verifierLongueur(longueur, LecteurTableau.TAILLE_MAX, "Fichier");
            // streamed to the service, which reads it up to the same maximum (never whole in memory)
            rapport = imports.importer(type, nom, contenu);
        }
        return Response.status(rapport.accepte() ? 200 : 422).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(rapport).build();
    }
}
