package fr.pacte.web.api;

import fr.pacte.commun.Page;
import fr.pacte.dotation.ChangementEnveloppe;
import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.EnveloppeModifiee;
import fr.pacte.dotation.EtatAllocation;
import fr.pacte.dotation.ExportDotations;
import fr.pacte.dotation.FiltreDotations;
import fr.pacte.dotation.LigneAllocation;
import fr.pacte.dotation.LigneDotation;
import fr.pacte.dotation.ReserveDepartement;
import fr.pacte.dotation.TotalDepartement;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Dotations over REST: the same service, rules and scope as the distribution screen. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DotationResource {

    /** Body of an envelope edit: the values wanted, the version read, and the reason (mandatory once published). */
    public record ModificationEnveloppe(BigDecimal parts, BigDecimal imp, Long version, String motif) {
    }

    public record ModificationReserve(BigDecimal partsPremierDegre, BigDecimal partsSecondDegre, BigDecimal partsVoiePro,
                                      BigDecimal imp, String motif, Long version) {
    }

    @Inject
    private DotationService dotations;

    @GET
    @Path("dotations")
    public PageJson<LigneDotation> lignes(@QueryParam("annee") String annee, @QueryParam("departement") String departement,
                                          @QueryParam("nature") String nature, @QueryParam("education_prioritaire") String ep,
                                          @QueryParam("q") String texte, @QueryParam("page") Integer page,
                                          @QueryParam("taille") Integer taille) {
        int[] pt = Page.borner(page, taille);
        FiltreDotations f = new FiltreDotations(departement, nature, ep, texte, "uai", true);
        return PageJson.de(dotations.lignes(obligatoire(annee, "annee"), f, pt[0], pt[1]), l -> l);
    }

    /**
     * The same rows as a file, streamed from one cursor: {@code GET /api/dotations.xlsx?annee=…} (or {@code .csv}, or
     * {@code .import.csv}: the envelopes in the import's format), same filters.
     */
    @GET
    @Path("dotations.{fichier: xlsx|csv|import\\.csv}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response fichier(@PathParam("fichier") String fichier, @QueryParam("annee") String annee,
                            @QueryParam("departement") String departement, @QueryParam("nature") String nature,
                            @QueryParam("education_prioritaire") String ep, @QueryParam("q") String texte) {
        if (annee == null || !annee.matches("[0-9]{4}-[0-9]{4}")) {
            // the year names the file: nothing else may reach the header
            throw new BadRequestException("Paramètre obligatoire : annee (AAAA-AAAA)");
        }
        ExportDotations export = switch (fichier) {
            case "xlsx" -> ExportDotations.TABLEAU_XLSX;
            case "csv" -> ExportDotations.TABLEAU_CSV;
            default -> ExportDotations.IMPORT_CSV;
        };
        FiltreDotations f = new FiltreDotations(departement, nature, ep, texte, "uai", true);
        StreamingOutput corps = sortie -> dotations.exporter(annee, f, export, sortie);
        return Response.ok(corps, export.format().type())
                .header("Content-Disposition", "attachment; filename=\"" + export.nom(annee) + "\"").build();
    }

    @GET
    @Path("dotations/{annee}/totaux")
    public List<TotalDepartement> totaux(@PathParam("annee") String annee) {
        return dotations.totaux(annee);
    }

    @GET
    @Path("dotations/{annee}/{uai}")
    public LigneDotation ligne(@PathParam("annee") String annee, @PathParam("uai") String uai) {
        return dotations.ligne(annee, uai);
    }

    @PUT
    @Path("dotations/{annee}/{uai}")
    public LigneDotation modifier(@PathParam("annee") String annee, @PathParam("uai") String uai, ModificationEnveloppe m) {
        verifier(m);
        return dotations.modifierEnveloppe(annee, uai, m.parts(), m.imp(), m.version(), m.motif());
    }

    /**
     * The inline edit of the distribution screen: the same rules as {@link #modifier}, and in the same transaction
     * the allocation's state and the running totals, so that the page refreshes its totals from this answer alone.
     */
    @PUT
    @Path("dotations/{annee}/{uai}/saisie")
    public EnveloppeModifiee saisir(@PathParam("annee") String annee, @PathParam("uai") String uai, ModificationEnveloppe m) {
        verifier(m);
        return dotations.modifierEnLigne(annee, uai, m.parts(), m.imp(), m.version(), m.motif());
    }

    @GET
    @Path("dotations/{annee}/{uai}/historique")
    public List<ChangementEnveloppe> historique(@PathParam("annee") String annee, @PathParam("uai") String uai) {
        return dotations.historique(annee, uai);
    }

    @POST
    @Path("dotations/{annee}/publication")
    public Map<String, String> publier(@PathParam("annee") String annee) {
        dotations.publier(annee);
        return Map.of("publication", String.valueOf(dotations.publication(annee)));
    }

    @GET
    @Path("allocations/{annee}")
    public List<EtatAllocation> allocation(@PathParam("annee") String annee) {
        return dotations.allocation(annee);
    }

    @PUT
    @Path("allocations/{annee}")
    public List<EtatAllocation> fixerAllocation(@PathParam("annee") String annee, Map<String, Object> corps) {
        Map<LigneAllocation, BigDecimal> lignes = new EnumMap<>(LigneAllocation.class);
        Map<LigneAllocation, Long> versions = new EnumMap<>(LigneAllocation.class);
        String motif = null;
        if (corps != null) {
            for (Map.Entry<String, Object> e : corps.entrySet()) {
                String cle = e.getKey();
                Object valeur = e.getValue();
                if ("motif".equals(cle)) {
                    motif = valeur == null ? null : valeur.toString();
                } else if ("versions".equals(cle) && valeur instanceof Map<?, ?> lues) {
                    lues.forEach((ligne, version) -> versions.put(ligne(String.valueOf(ligne)), entier(version, "versions." + ligne)));
                } else {
                    lignes.put(ligne(cle), montant(cle, valeur));
                }
            }
        }
        return dotations.fixerAllocation(annee, lignes, versions.isEmpty() ? null : versions, motif);
    }

    private static LigneAllocation ligne(String ligne) {
        try {
            return LigneAllocation.valueOf(ligne);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Ligne d'allocation inconnue : " + ligne
                    + " (PREMIER_DEGRE, SECOND_DEGRE, VOIE_PRO, IMP, et facultatifs : versions, motif)");
        }
    }

    private static Long entier(Object version, String champ) {
        if (version instanceof BigDecimal b && b.scale() <= 0 && b.signum() >= 0 && b.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
            return b.longValueExact();
        }
        throw new BadRequestException("Version entière attendue pour " + champ);
    }

    /** JSON-B reads the numbers of an untyped object as BigDecimal; anything else is not an amount. */
    private static BigDecimal montant(String ligne, Object valeur) {
        if (valeur == null || valeur instanceof BigDecimal) {
            return (BigDecimal) valeur;
        }
        if (valeur instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw new BadRequestException("Allocation " + ligne + " : nombre attendu.");
    }

    @GET
    @Path("reserves/{annee}")
    public List<ReserveDepartement> reserves(@PathParam("annee") String annee) {
        return dotations.reserves(annee);
    }

    @PUT
    @Path("reserves/{annee}/{departement}")
    public ReserveDepartement fixerReserve(@PathParam("annee") String annee, @PathParam("departement") String departement,
                                           ModificationReserve m) {
        if (m == null) {
            throw new BadRequestException("Corps attendu : {\"partsPremierDegre\", \"partsSecondDegre\", \"partsVoiePro\", \"imp\"}");
        }
        return dotations.fixerReserve(annee, departement, zero(m.partsPremierDegre()), zero(m.partsSecondDegre()),
                zero(m.partsVoiePro()), zero(m.imp()), m.motif(), m.version());
    }

    private static void verifier(ModificationEnveloppe m) {
        if (m == null || m.parts() == null || m.imp() == null || m.version() == null) {
            throw new BadRequestException("Corps attendu : {\"parts\": …, \"imp\": …, \"version\": …, \"motif\": …}");
        }
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String obligatoire(String valeur, String parametre) {
        if (valeur == null || valeur.isBlank()) {
            throw new BadRequestException("Paramètre obligatoire : " + parametre);
        }
        return valeur;
    }
}
