package fr.pacte.commun.tableur;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcritureTableauTest {

    private static final List<String> ENTETES = List.of("uai", "libelle");

    private static String texte(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void csvEnUtf8AvecBomPointVirguleEtCrlf() {
        byte[] csv = EcritureTableau.csv(ENTETES, List.of(List.of("0750654D", "Lycée Henri-IV")));

        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]));
        assertEquals("uai;libelle\r\n0750654D;Lycée Henri-IV\r\n", texte(csv));
    }

    @Test
    void csvProtegeLesValeursQuiLeDemandent() {
        byte[] csv = EcritureTableau.csv(ENTETES, List.of(
                List.of("a;b", "dit \"X\""),
                List.of("deux\nlignes", "")));

        assertEquals("uai;libelle\r\n\"a;b\";\"dit \"\"X\"\"\"\r\n\"deux\nlignes\";\r\n", texte(csv));
    }

    @Test
    void csvNeutraliseLesFormules() {
        List<String> dangereuses = List.of("=1+2", "+33 1 23", "-2+3", "@SOMME(A1)", "\tcmd", "\r=1", "=cmd|' /C calc'!A0");
        List<List<String>> lignes = dangereuses.stream().map(v -> List.of("0750654D", v)).toList();

        Tableau relu = LecteurTableau.lire(EcritureTableau.csv(ENTETES, lignes), "export.csv", ENTETES);

        for (int i = 0; i < dangereuses.size(); i++) {
            String lue = relu.lignes().get(i).valeur("libelle");
            assertTrue(lue.startsWith("'"), lue);
            assertEquals(dangereuses.get(i).strip(), lue.substring(1).strip());
        }
    }

    @Test
    void csvLaisseLesMontantsNegatifsTelsQuels() {
        List<List<String>> lignes = List.of(List.of("0750654D", "-34,72"), List.of("0750655E", "-1250"));

        Tableau relu = LecteurTableau.lire(EcritureTableau.csv(ENTETES, lignes), "export.csv", ENTETES);

        assertEquals("-34,72", relu.lignes().get(0).valeur("libelle"));
        assertEquals("-1250", relu.lignes().get(1).valeur("libelle"));
    }

    @Test
    void csvLaisseIntactesLesValeursOrdinaires() {
        byte[] csv = EcritureTableau.csv(ENTETES, List.of(List.of("a=b", "N'Diaye"), List.of("", "<b>gras</b>")));
        // Commons CSV quotes an empty first field so that the record cannot be mistaken for an empty line.
        assertEquals("uai;libelle\r\na=b;N'Diaye\r\n\"\";<b>gras</b>\r\n", texte(csv));
    }

    @Test
    void csvRelitCeQuIlAEcrit() {
        List<List<String>> lignes = List.of(List.of("0750654D", "Cité scolaire; « Œuvre » \"A\"\r\nsuite"));
        Tableau relu = LecteurTableau.lire(EcritureTableau.csv(ENTETES, lignes), "export.csv", ENTETES);
        assertEquals(lignes.get(0).get(1), relu.lignes().get(0).valeur("libelle"));
    }

    @Test
    void csvEnFluxCommeLeTableauEtSansFermerLaSortie() {
        List<List<String>> lignes = List.of(List.of("0750654D", "=1+2"), List.of("075", "Cité « A »"));
        boolean[] fermee = {false};
        ByteArrayOutputStream sortie = new ByteArrayOutputStream() {
            @Override
            public void close() {
                fermee[0] = true;
            }
        };

        EcritureTableau.ecrire(FormatTableau.CSV, "ignoré", ENTETES, ligne -> lignes.forEach(ligne), sortie);

        assertArrayEquals(EcritureTableau.csv(ENTETES, lignes), sortie.toByteArray());
        assertFalse(fermee[0], "the response or the file closes its own stream");
    }

    @Test
    void xlsxEnFluxEcritChaqueLigneProduite() throws IOException {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        int[] produites = {0};
        EcritureTableau.ecrire(FormatTableau.XLSX, "Missions", ENTETES, ligne -> {
            for (int i = 0; i < 1_201; i++) {
                ligne.accept(List.of("U" + i, "L" + i));
                produites[0]++;
            }
        }, sortie);

        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(sortie.toByteArray()))) {
            Sheet feuille = classeur.getSheetAt(0);
            assertEquals(produites[0], feuille.getLastRowNum());
            assertEquals("U1200", feuille.getRow(1_201).getCell(0).getStringCellValue());
            assertEquals("L600", feuille.getRow(601).getCell(1).getStringCellValue());
        }
    }

    @Test
    void xlsxCellulesTexteUniquementEnTeteEnGras() throws IOException {
        byte[] xlsx = EcritureTableau.xlsx("Établissements", ENTETES, List.of(
                List.of("0750654D", "=1+2"),
                List.of("075", "1250")));

        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet feuille = classeur.getSheetAt(0);
            assertEquals("Établissements", feuille.getSheetName());
            Row entete = feuille.getRow(0);
            assertTrue(classeur.getFontAt(entete.getCell(0).getCellStyle().getFontIndex()).getBold());
            for (Row row : feuille) {
                for (Cell cell : row) {
                    assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress().toString());
                }
            }
            Cell formule = feuille.getRow(1).getCell(1);
            assertEquals("=1+2", formule.getStringCellValue());
            assertTrue(formule.getCellStyle().getQuotePrefixed());
            assertEquals("075", feuille.getRow(2).getCell(0).getStringCellValue());
            assertFalse(feuille.getRow(2).getCell(0).getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void nomDeFeuilleInterditRendu() throws IOException {
        byte[] xlsx = EcritureTableau.xlsx("Dotations 2025/2026 [DPE]", ENTETES, List.of());
        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String nom = classeur.getSheetAt(0).getSheetName();
            assertTrue(Arrays.stream(new String[] {"/", "[", "]"}).noneMatch(nom::contains), nom);
        }
    }
}
