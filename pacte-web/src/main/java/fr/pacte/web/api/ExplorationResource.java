package fr.pacte.web.api;

import fr.pacte.entrepot.FiltreInvalideException;
import fr.pacte.entrepot.Population;
import fr.pacte.entrepot.exploration.Dimension;
import fr.pacte.entrepot.exploration.ExplorationService;
import fr.pacte.entrepot.exploration.ExportExploration;
import fr.pacte.entrepot.exploration.Mesure;
import fr.pacte.entrepot.exploration.Pivot;
import fr.pacte.entrepot.exploration.Question;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.Locale;

/**
 * The exploration over the API (same rules and secret as the screen): {@code GET /api/entrepot/exploration/{annee}
 * ?lignes=CORPS&colonnes=SEXE&mesure=BENEFICIAIRES&population=AUTRES}, and {@code …/{annee}/csv} or {@code …/xlsx}.
 */
@Path("entrepot/exploration")
@Produces(MediaType.APPLICATION_JSON)
public class ExplorationResource {

    @Inject
    private ExplorationService exploration;

    @GET
    @Path("{annee}")
    public Pivot pivot(@PathParam("annee") String annee, @QueryParam("lignes") String lignes,
            @QueryParam("colonnes") String colonnes, @QueryParam("mesure") String mesure,
            @QueryParam("population") String population) {
        return exploration.pivot(question(annee, lignes, colonnes, mesure, population));
    }

    @GET
    @Path("{annee}/{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response fichier(@PathParam("annee") String annee, @PathParam("format") String format,
            @QueryParam("lignes") String lignes, @QueryParam("colonnes") String colonnes,
            @QueryParam("mesure") String mesure, @QueryParam("population") String population) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw new NotFoundException("Format inconnu : " + format + " (csv ou xlsx)");
        }
        long debut = System.nanoTime();
        Pivot p = exploration.pivot(question(annee, lignes, colonnes, mesure, population));
        StreamingOutput corps = f.equals("csv") ? sortie -> sortie.write(ExportExploration.csv(p))
                : sortie -> ExportExploration.xlsx(p, sortie);
        exploration.journaliserExport(p, f.toUpperCase(Locale.ROOT), (System.nanoTime() - debut) / 1_000_000);
        return Response.ok(corps, f.equals("csv") ? "text/csv; charset=UTF-8"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"" + ExportExploration.nomFichier(p, f) + "\"")
                .build();
    }

    private static Question question(String annee, String lignes, String colonnes, String mesure, String population) {
        return new Question(annee, Population.de(population), valeur(Dimension.class, "lignes", lignes),
                valeur(Dimension.class, "colonnes", colonnes), valeur(Mesure.class, "mesure", mesure));
    }

    private static <E extends Enum<E>> E valeur(Class<E> type, String champ, String code) {
        if (code == null || code.isBlank()) {
            return null; // Question names the missing field
        }
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FiltreInvalideException(champ, "Valeur inconnue pour « " + champ + " » : " + code + " ("
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
        }
    }
}
