package fr.pacte.web.api;

import fr.pacte.commun.Page;
import fr.pacte.commun.tableur.FormatTableau;
import fr.pacte.referentiel.Corps;
import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.FiltreEtablissements;
import fr.pacte.referentiel.FiltrePersonnels;
import fr.pacte.referentiel.Nature;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.referentiel.Secteur;
import fr.pacte.web.api.ReferentielJson.DepartementJson;
import fr.pacte.web.api.ReferentielJson.EtablissementJson;
import fr.pacte.web.api.ReferentielJson.PersonnelJson;
import fr.pacte.web.referentiel.ListeEtablissements;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.List;

/** Reads the référentiel back, paged and filtered, within the caller's scope (applied by the service). */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ReferentielResource {

    @Inject
    private ReferentielService referentiel;

    @GET
    @Path("departements")
    public List<DepartementJson> departements() {
        return referentiel.departements().stream().map(DepartementJson::de).toList();
    }

    @GET
    @Path("etablissements")
    public PageJson<EtablissementJson> etablissements(@QueryParam("departement") String departement,
                                                      @QueryParam("nature") String nature,
                                                      @QueryParam("education_prioritaire") String ep,
                                                      @QueryParam("secteur") String secteur,
                                                      @QueryParam("q") String texte,
                                                      @QueryParam("page") Integer page,
                                                      @QueryParam("taille") Integer taille) {
        int[] pt = Page.borner(page, taille);
        FiltreEtablissements f = new FiltreEtablissements(departement, enumeration(Nature.class, "nature", nature),
                ep == null ? null : EducationPrioritaire.depuisCode(ep)
                        .orElseThrow(() -> new BadRequestException("education_prioritaire : '', REP ou REP+ attendu")),
                enumeration(Secteur.class, "secteur", secteur), texte, "uai", true);
        return PageJson.de(referentiel.etablissements(f, pt[0], pt[1]), EtablissementJson::de);
    }

    /** The same list as a file, streamed from one cursor: {@code GET /api/etablissements.csv} or {@code .xlsx}. */
    @GET
    @Path("etablissements.{format: csv|xlsx}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response etablissementsFichier(@PathParam("format") String format,
                                          @QueryParam("departement") String departement,
                                          @QueryParam("nature") String nature,
                                          @QueryParam("education_prioritaire") String ep,
                                          @QueryParam("secteur") String secteur, @QueryParam("q") String texte) {
        FormatTableau f = FormatTableau.depuis(format);
        FiltreEtablissements filtre = new FiltreEtablissements(departement, enumeration(Nature.class, "nature", nature),
                ep == null ? null : EducationPrioritaire.depuisCode(ep)
                        .orElseThrow(() -> new BadRequestException("education_prioritaire : '', REP ou REP+ attendu")),
                enumeration(Secteur.class, "secteur", secteur), texte, "uai", true);
        StreamingOutput corps = sortie -> referentiel.exporterEtablissements(filtre, f, sortie);
        return Response.ok(corps, f.type())
                .header("Content-Disposition", "attachment; filename=\"etablissements." + f.extension() + "\"").build();
    }

    /** The same list as a printable PDF (JasperReports, embedded fonts): text is printed as given. */
    @GET
    @Path("etablissements.pdf")
    @Produces("application/pdf")
    public byte[] etablissementsPdf(@QueryParam("departement") String departement, @QueryParam("nature") String nature,
                                    @QueryParam("q") String texte) {
        FiltreEtablissements f = new FiltreEtablissements(departement, enumeration(Nature.class, "nature", nature),
                null, null, texte, "uai", true);
        return ListeEtablissements.pdf(ListeEtablissements.toutes(referentiel, f), null);
    }

    @GET
    @Path("etablissements/{uai}")
    public EtablissementJson etablissement(@PathParam("uai") String uai) {
        return EtablissementJson.de(referentiel.etablissement(uai));
    }

    @GET
    @Path("personnels")
    public PageJson<PersonnelJson> personnels(@QueryParam("uai") String uai,
                                              @QueryParam("corps") String corps,
                                              @QueryParam("q") String texte,
                                              @QueryParam("page") Integer page,
                                              @QueryParam("taille") Integer taille) {
        int[] pt = Page.borner(page, taille);
        FiltrePersonnels f = new FiltrePersonnels(uai, enumeration(Corps.class, "corps", corps), texte, "nom", true);
        return PageJson.de(referentiel.personnels(f, pt[0], pt[1]), PersonnelJson::de);
    }

    private static <E extends Enum<E>> E enumeration(Class<E> type, String parametre, String valeur) {
        if (valeur == null || valeur.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, valeur.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(parametre + " : valeur inconnue « " + valeur + " »");
        }
    }
}
