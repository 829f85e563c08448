package fr.pacte.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The établissements and dotations files streamed from one cursor over the API (issue 19, point 3): the rows of
 * the screen's pages, in their order, within the caller's scope. Campaign 2189-2190 is reserved to this class.
 */
class ExportsIT extends PacteIT {

    private static final String ANNEE = "2189-2190";

    @BeforeAll
    static void enveloppes() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES ('" + ANNEE
                    + "', '2189-09-01', '2190-08-31', 'PREPARATION') ON CONFLICT DO NOTHING");
        }
        // the envelopes are taken within the académie's allocation (dotation.distribuer)
        assertEquals(200, http().basic("rectorat", "test").put("/api/allocations/" + ANNEE,
                "{\"PREMIER_DEGRE\": 10, \"SECOND_DEGRE\": 100, \"VOIE_PRO\": 10, \"IMP\": 20}").statusCode());
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp)
                    VALUES ('%1$s', '0380001V', 'SECOND_DEGRE', 12.5, 2.25), ('%1$s', '0730002F', 'SECOND_DEGRE', 7, 1)
                        ON CONFLICT DO NOTHING""".formatted(ANNEE));
        }
    }

    @Test
    void theEtablissementsFileListsThePagesRows() throws IOException {
        Http rectorat = http().basic("rectorat", "test");
        HttpResponse<byte[]> r = rectorat.getBytes("/api/etablissements.csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), r.headers().toString());
        List<List<String>> csv = csv(r.body());
        assertEquals("UAI", csv.get(0).get(0));
        assertEquals(pages(rectorat, "/api/etablissements?", "uai"), csv.stream().skip(1).map(l -> l.get(0)).toList());

        Http dasen = http().basic("dasen.073", "test");
        List<List<String>> xlsx = xlsx(dasen.getBytes("/api/etablissements.xlsx").body());
        List<String> uais = xlsx.stream().skip(1).map(l -> l.get(0)).toList();
        assertTrue(uais.containsAll(List.of("0730001E", "0730002F")) && uais.stream().allMatch(u -> u.startsWith("073")), uais.toString());
        assertEquals(pages(dasen, "/api/etablissements?", "uai"), uais);
        assertEquals(403, dasen.getBytes("/api/etablissements.csv?departement=038").statusCode());
    }

    @Test
    void theDotationsFilesHoldEveryRowAndTheEnvelopes() throws IOException {
        Http rectorat = http().basic("rectorat", "test");
        HttpResponse<byte[]> r = rectorat.getBytes("/api/dotations.xlsx?annee=" + ANNEE);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("enveloppes-" + ANNEE + ".xlsx"));
        List<List<String>> xlsx = xlsx(r.body());
        assertEquals(pages(rectorat, "/api/dotations?annee=" + ANNEE + "&", "uai"), xlsx.stream().skip(1).map(l -> l.get(0)).toList());
        List<String> college = xlsx.stream().filter(l -> l.get(0).equals("0380001V")).findFirst().orElseThrow();
        assertEquals(List.of("12,5", "2,25"), college.subList(11, 13));

        List<List<String>> enveloppes = csv(rectorat.getBytes("/api/dotations.import.csv?annee=" + ANNEE + "&departement=073").body());
        assertEquals(List.of("annee_scolaire", "uai", "parts_pacte", "imp_taux_base"), enveloppes.get(0));
        assertTrue(enveloppes.contains(List.of(ANNEE, "0730002F", "7", "1")), enveloppes.toString());
        assertTrue(enveloppes.stream().skip(1).allMatch(l -> l.get(1).startsWith("073")));

        // the envelopes are not published: a chef reads nothing, as on the screen
        List<List<String>> chef = csv(http().basic("chef.0380001v", "test").getBytes("/api/dotations.csv?annee=" + ANNEE).body());
        assertEquals(1, chef.size());
        assertEquals(400, rectorat.getBytes("/api/dotations.csv").statusCode());
    }

    /** One field of every element of a paged JSON list, page after page. */
    private static List<String> pages(Http client, String chemin, String champ) {
        List<String> valeurs = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> r = client.get(chemin + "taille=500&page=" + page);
            assertEquals(200, r.statusCode(), r.body());
            JsonArray elements = Json.objet(r.body()).getJsonArray("elements");
            if (elements.isEmpty()) {
                return valeurs;
            }
            elements.getValuesAs(JsonObject.class).forEach(e -> valeurs.add(e.getString(champ)));
        }
    }

    private static List<List<String>> csv(byte[] octets) throws IOException {
        String texte = new String(octets, 3, octets.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(texte)).getRecords().stream()
                .map(CSVRecord::toList).toList();
    }

    private static List<List<String>> xlsx(byte[] octets) throws IOException {
        List<List<String>> lignes = new ArrayList<>();
        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(octets))) {
            for (Row row : classeur.getSheetAt(0)) {
                List<String> ligne = new ArrayList<>();
                row.forEach(cell -> ligne.add(cell.getStringCellValue()));
                lignes.add(ligne);
            }
        }
        return lignes;
    }
}
