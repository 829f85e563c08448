package fr.pacte.web.api;

import fr.pacte.commun.Page;
import fr.pacte.securite.EntreeJournal;
import fr.pacte.securite.FiltreJournal;
import fr.pacte.securite.JournalService;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The audit trail, read within the caller's scope (rectorat: all; DASEN: his département; others: 403). */
@Path("journal")
@Produces(MediaType.APPLICATION_JSON)
public class JournalResource {

    private static final int TEXTE_MAX = 120;

    @Inject
    private JournalService journal;

    @GET
    public PageJson<EntreeJournal> rechercher(@QueryParam("auteur") String auteur, @QueryParam("objet") String objet,
                                              @QueryParam("objetId") String objetId, @QueryParam("uai") String uai,
                                              @QueryParam("departement") String departement,
                                              @QueryParam("depuis") String depuis, @QueryParam("jusqua") String jusqua,
                                              @QueryParam("page") Integer page, @QueryParam("taille") Integer taille) {
        int[] pt = Page.borner(page, taille);
        FiltreJournal f = filtre(auteur, objet, objetId, uai, departement, depuis, jusqua);
        return PageJson.de(journal.rechercher(f, pt[0], pt[1]), e -> e);
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("auteur") String auteur, @QueryParam("objet") String objet,
                        @QueryParam("objetId") String objetId, @QueryParam("uai") String uai,
                        @QueryParam("departement") String departement,
                        @QueryParam("depuis") String depuis, @QueryParam("jusqua") String jusqua) {
        byte[] csv = journal.exporterCsv(filtre(auteur, objet, objetId, uai, departement, depuis, jusqua));
        return Response.ok(csv, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"journal.csv\"").build();
    }

    private static FiltreJournal filtre(String auteur, String objet, String objetId, String uai, String departement,
                                        String depuis, String jusqua) {
        return new FiltreJournal(texte(auteur, "auteur"), texte(objet, "objet"), texte(objetId, "objetId"),
                texte(uai, "uai"), texte(departement, "departement"), date(depuis, "depuis"), date(jusqua, "jusqua"));
    }

    private static String texte(String valeur, String parametre) {
        if (valeur != null && valeur.length() > TEXTE_MAX) {
            throw new BadRequestException(parametre + " : " + TEXTE_MAX + " caractères au plus");
        }
        return valeur;
    }

    private static LocalDate date(String texte, String parametre) {
        try {
            return texte == null || texte.isBlank() ? null : LocalDate.parse(texte);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(parametre + " : date attendue au format AAAA-MM-JJ");
        }
    }
}
