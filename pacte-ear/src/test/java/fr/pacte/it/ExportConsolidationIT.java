package fr.pacte.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
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
 * The consolidation export streamed from one cursor (issue 19, point 3) on campaign 2091-2092, reserved to this
 * class: 1 201 attributions (more than two of the old 500-row pages) in three collèges, one cancelled besides. The
 * file has every row of the screen's query, in its order, with the same cells; the DASEN's file keeps his scope.
 */
class ExportConsolidationIT extends PacteIT {

    private static final String ANNEE = "2091-2092";
    private static final int ATTRIBUTIONS = 1_201;
    private static final List<String> COLONNES = List.of("annee_scolaire", "departement", "uai", "etablissement", "nature",
            "education_prioritaire", "identifiant", "nom", "prenom", "dispositif", "code_mission", "mission", "parts",
            "taux_imp", "unites_imp", "heures", "heures_faites", "modalite", "date_debut", "date_fin");
    /** The JSON field of the screen's query behind each column (the year is the campaign's). */
    private static final List<String> CHAMPS = List.of("", "departement", "uai", "denomination", "nature",
            "educationPrioritaire", "identifiant", "nom", "prenom", "dispositif", "codeMission", "libelleMission", "parts",
            "tauxImp", "unitesImp", "heures", "heuresFaites", "modalite", "dateDebut", "dateFin");

    @BeforeAll
    static void attributions() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES ('" + ANNEE
                    + "', '2091-09-01', '2092-08-31', 'PREPARATION') ON CONFLICT DO NOTHING");
            // three collèges of its own: 1 200 personnels added to the fixture's collèges would push other classes'
            // agents off the first page of their screens
            s.execute("""
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire,
                           departement_code, commune, secteur, education_prioritaire, recherche)
                    VALUES ('0389801A', 'CLG', 'Collège de l''export', '', '038', 'Vienne', 'PU', '', 'college de l''export vienne 0389801a'),
                           ('0389802B', 'CLG', 'Collège du fichier', '', '038', 'Voiron', 'PU', 'REP', 'college du fichier voiron 0389802b'),
                           ('0739803C', 'CLG', 'Collège du tableur', '', '073', 'Albertville', 'PU', '', 'college du tableur albertville 0739803c')
                    ON CONFLICT DO NOTHING""");
            // names that sort apart, accents, a formula and ties (the id then decides)
            s.execute("""
                    INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps,
                           discipline, uai_affectation, recherche)
                    SELECT 'EXC' || lpad(n::text, 10, '0'), 'Mme',
                           (ARRAY['Étienne', 'Zola', 'Abadie', 'N''Diaye', '=cmd|calc', 'Le Gall-Hébert', 'martin'])[1 + n %% 7],
                           'Prénom ' || (n %% 50), 'F', DATE '1980-01-01' + n, 'CERTIFIE', 'Lettres',
                           (ARRAY['0389801A', '0389802B', '0739803C'])[1 + n %% 3], 'exc ' || n
                      FROM generate_series(1, %d) n ON CONFLICT DO NOTHING""".formatted(ATTRIBUTIONS));
        }
        // the envelopes are taken within the académie's allocation (dotation.distribuer)
        assertEquals(200, http().basic("rectorat", "test").put("/api/allocations/" + ANNEE,
                "{\"PREMIER_DEGRE\": 10, \"SECOND_DEGRE\": 5000, \"VOIE_PRO\": 10, \"IMP\": 1000}").statusCode());
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp)
                    VALUES ('%1$s', '0389801A', 'SECOND_DEGRE', 1000, 200), ('%1$s', '0389802B', 'SECOND_DEGRE', 1000, 200),
                           ('%1$s', '0739803C', 'SECOND_DEGRE', 1000, 200) ON CONFLICT DO NOTHING""".formatted(ANNEE));
            s.execute("""
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                           taux_imp, unites_imp, heures, date_debut, date_fin, modalite, annulee, creee_le, creee_par)
                    SELECT '%1$s', p.uai_affectation, p.identifiant,
                           CASE WHEN n %% 4 = 3 THEN 'IMP-REF-NUMERIQUE' ELSE 'P2-DEVOIRS-FAITS' END,
                           CASE WHEN n %% 4 = 3 THEN 'IMP' ELSE 'PACTE' END, 'SECOND_DEGRE',
                           CASE WHEN n %% 4 = 3 THEN NULL ELSE 1 + (n %% 2) * 0.5 END,
                           CASE WHEN n %% 4 = 3 THEN '002' END, CASE WHEN n %% 4 = 3 THEN 0.5 ELSE 0 END,
                           CASE WHEN n %% 4 = 3 OR n %% 3 = 0 THEN NULL ELSE 12.5 END,
                           CASE WHEN n %% 5 = 0 THEN DATE '2091-11-01' ELSE DATE '2091-09-01' END,
                           CASE WHEN n %% 5 = 0 THEN DATE '2092-01-31' ELSE DATE '2092-06-30' END,
                           CASE WHEN n %% 5 = 0 THEN 'PONCTUELLE' ELSE 'ANNUELLE' END, n = 0, now(), 'test'
                      FROM generate_series(0, %2$d) n
                      JOIN referentiel.personnel p ON p.identifiant = 'EXC' || lpad(greatest(n, 1)::text, 10, '0')
                     WHERE NOT EXISTS (SELECT 1 FROM mission.attribution WHERE annee_scolaire = '%1$s')
                     ORDER BY n""".formatted(ANNEE, ATTRIBUTIONS));
            s.execute("""
                    INSERT INTO mission.suivi_heures (attribution_id, heures_faites, releve_le, releve_par)
                    SELECT id, 3.5, now(), 'test' FROM mission.attribution
                     WHERE annee_scolaire = '%s' AND heures IS NOT NULL AND id %% 7 = 0 ON CONFLICT DO NOTHING""".formatted(ANNEE));
        }
    }

    @Test
    void theXlsxHasEveryRowOfTheScreenInItsOrderWithTheSameCells() throws IOException {
        Http rectorat = http().basic("rectorat", "test");
        HttpResponse<byte[]> r = rectorat.getBytes("/api/consolidation/xlsx?annee=" + ANNEE);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxmlformats"),
                r.headers().toString());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("missions-" + ANNEE + ".xlsx"));

        List<List<String>> fichier = xlsx(r.body());
        List<List<String>> ecran = ecran(rectorat, "");
        assertEquals(ATTRIBUTIONS, ecran.size(), "the cancelled attribution is on neither");
        assertEquals(COLONNES, fichier.get(0));
        assertEquals(ATTRIBUTIONS + 1, fichier.size());
        for (int i = 0; i < ecran.size(); i++) {
            assertEquals(ecran.get(i), fichier.get(i + 1), "ligne " + (i + 2));
        }
    }

    @Test
    void theCsvHasTheSameRowsWithFormulasNeutralised() throws IOException {
        Http rectorat = http().basic("rectorat", "test");
        List<List<String>> fichier = xlsx(rectorat.getBytes("/api/consolidation/xlsx?annee=" + ANNEE).body());
        HttpResponse<byte[]> r = rectorat.getBytes("/api/consolidation/csv?annee=" + ANNEE);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), r.headers().toString());

        byte[] octets = r.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(octets[0], octets[1], octets[2]));
        String texte = new String(octets, 3, octets.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> csv = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(texte)).getRecords();
        assertEquals(fichier.size(), csv.size());
        int formules = 0;
        for (int i = 0; i < csv.size(); i++) {
            List<String> ligne = csv.get(i).toList();
            for (int c = 0; c < ligne.size(); c++) {
                String attendu = fichier.get(i).get(c);
                if (attendu.startsWith("=")) {
                    formules++;
                    attendu = "'" + attendu;
                }
                assertEquals(attendu, ligne.get(c), "ligne " + (i + 1) + ", colonne " + COLONNES.get(c));
            }
        }
        assertTrue(formules > 0, "some names are formulas");
    }

    @Test
    void aDasenExportsHisDepartementOnlyAndAChefNothing() throws IOException {
        Http dasen = http().basic("dasen.073", "test");
        HttpResponse<byte[]> r = dasen.getBytes("/api/consolidation/xlsx?annee=" + ANNEE);
        assertEquals(200, r.statusCode());
        List<List<String>> fichier = xlsx(r.body());
        assertEquals(ATTRIBUTIONS / 3 + 1, fichier.size(), "the attributions of 0739803C and the header");
        assertTrue(fichier.stream().skip(1).allMatch(l -> l.get(2).equals("0739803C")));
        assertEquals(ecran(dasen, ""), fichier.subList(1, fichier.size()));

        assertEquals(403, http().basic("chef.0380001v", "test").getBytes("/api/consolidation/xlsx?annee=" + ANNEE).statusCode());
        Http rectorat = http().basic("rectorat", "test");
        assertEquals(404, rectorat.getBytes("/api/consolidation/pdf?annee=" + ANNEE).statusCode());
        assertEquals(400, rectorat.getBytes("/api/consolidation/xlsx?annee=2091%0d%0aX:1").statusCode());
        assertEquals(404, rectorat.getBytes("/api/consolidation/xlsx?annee=2199-2200").statusCode());
    }

    @Test
    void theFiltersOfTheScreenApply() throws IOException {
        Http rectorat = http().basic("rectorat", "test");
        String filtre = "&departement=038&dispositif=IMP";
        List<List<String>> fichier = xlsx(rectorat.getBytes("/api/consolidation/xlsx?annee=" + ANNEE + filtre).body());
        List<List<String>> ecran = ecran(rectorat, filtre);
        assertTrue(ecran.size() > 100 && ecran.size() < ATTRIBUTIONS / 4, String.valueOf(ecran.size()));
        assertEquals(ecran, fichier.subList(1, fichier.size()));
    }

    /** Every row of the sheet as text; every cell is a string cell (no formula can run). */
    private static List<List<String>> xlsx(byte[] octets) throws IOException {
        List<List<String>> lignes = new ArrayList<>();
        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(octets))) {
            Sheet feuille = classeur.getSheetAt(0);
            for (Row row : feuille) {
                List<String> ligne = new ArrayList<>();
                for (int c = 0; c < COLONNES.size(); c++) {
                    Cell cell = row.getCell(c);
                    assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().toString());
                    ligne.add(cell.getStringCellValue());
                }
                lignes.add(ligne);
            }
        }
        return lignes;
    }

    /** The screen's query, page by page (500 rows each), as the export's cells: numbers the French way. */
    private static List<List<String>> ecran(Http client, String filtre) {
        List<List<String>> lignes = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> r = client.get("/api/consolidation?annee=" + ANNEE + filtre + "&taille=500&page=" + page);
            assertEquals(200, r.statusCode(), r.body());
            JsonArray elements = Json.objet(r.body()).getJsonObject("missions").getJsonArray("elements");
            if (elements.isEmpty()) {
                return lignes;
            }
            for (JsonObject e : elements.getValuesAs(JsonObject.class)) {
                List<String> ligne = new ArrayList<>(List.of(ANNEE));
                CHAMPS.stream().skip(1).forEach(champ -> ligne.add(cellule(e.get(champ))));
                lignes.add(ligne);
            }
        }
    }

    private static String cellule(JsonValue v) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (v instanceof JsonNumber n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString().replace('.', ',');
        }
        return ((JsonString) v).getString();
    }
}
