package fr.pacte.commun.tableur;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LecteurTableauXlsxTest {

    private static final List<String> COLONNES = List.of("identifiant", "nom", "date_naissance", "uai");

    @Test
    void allerRetourAvecEcritureTableau() {
        List<List<String>> lignes = List.of(
                List.of("A1234", "Le Gall-Hébert", "01/02/1980", "0750654D"),
                List.of("00123", "N'Diaye", "", "0690026D"),
                List.of("B9", "=cmd|' /C calc'!A0", "29/02/2000", "<script>alert(1)</script>"));
        byte[] xlsx = EcritureTableau.xlsx("Personnels", COLONNES, lignes);

        // The content decides, not the name.
        Tableau t = LecteurTableau.lire(xlsx, "personnels.csv", COLONNES);

        assertEquals(COLONNES, t.entetes());
        assertEquals(List.of(2, 3, 4), t.lignes().stream().map(Ligne::numero).toList());
        List<List<String>> relues = t.lignes().stream()
                .map(l -> COLONNES.stream().map(l::valeur).toList()).toList();
        assertEquals(lignes, relues);
    }

    @Test
    void cellulesNumeriquesDatesEtCellulesManquantes() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook classeur = new XSSFWorkbook()) {
            Sheet feuille = classeur.createSheet("Personnels");
            Row entete = feuille.createRow(0);
            entete.createCell(0).setCellValue("Identifiant ");
            entete.createCell(1).setCellValue("NOM");
            entete.createCell(2).setCellValue("date_naissance");
            entete.createCell(3).setCellValue("uai");
            CellStyle date = classeur.createCellStyle();
            date.setDataFormat(classeur.getCreationHelper().createDataFormat().getFormat("d/m/yy"));

            Row r1 = feuille.createRow(1);
            r1.createCell(0).setCellValue(750654);
            r1.createCell(1).setCellValue("Martin");
            r1.createCell(2).setCellValue(LocalDate.of(1980, 2, 1));
            r1.getCell(2).setCellStyle(date);
            r1.createCell(3).setCellValue("0750654D");
            // Row index 2 left empty: it is skipped, and the next row keeps its Excel number (4).
            Row r3 = feuille.createRow(3);
            r3.createCell(0).setCellValue(12345678901234d);
            r3.createCell(3).setCellValue("0690026D");
            classeur.createSheet("Autre").createRow(0).createCell(0).setCellValue("ignoré");

            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            classeur.write(sortie);
            xlsx = sortie.toByteArray();
        }

        Tableau t = LecteurTableau.lire(xlsx, "personnels.xlsx", COLONNES);

        assertEquals(List.of(2, 4), t.lignes().stream().map(Ligne::numero).toList());
        Ligne premiere = t.lignes().get(0);
        assertEquals("750654", premiere.valeur("identifiant"));
        assertEquals("01/02/1980", premiere.valeur("date_naissance"));
        Ligne seconde = t.lignes().get(1);
        assertEquals("12345678901234", seconde.valeur("identifiant"));
        assertEquals("", seconde.valeur("nom"));
        assertEquals("", seconde.valeur("date_naissance"));
        assertEquals("0690026D", seconde.valeur("uai"));
    }

    @Test
    void colonnesAbsentesDUnXlsxToutesListees() {
        byte[] xlsx = EcritureTableau.xlsx("x", List.of("nom"), List.of(List.of("Martin")));

        List<ErreurImport> erreurs = assertThrows(ImportRefuseException.class,
                () -> LecteurTableau.lire(xlsx, "personnels.xlsx", COLONNES)).erreurs();

        assertEquals(List.of("identifiant", "date_naissance", "uai"),
                erreurs.stream().map(ErreurImport::colonne).toList());
        assertTrue(erreurs.stream().allMatch(e -> e.ligne() == 1 && e.regle().equals("colonne obligatoire absente")));
    }

    @Test
    void zipQuiNEstPasUnClasseur() throws IOException {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(sortie)) {
            zip.putNextEntry(new ZipEntry("lisez-moi.txt"));
            zip.write("bonjour".getBytes());
            zip.closeEntry();
        }

        List<ErreurImport> erreurs = assertThrows(ImportRefuseException.class,
                () -> LecteurTableau.lire(sortie.toByteArray(), "archive.zip", COLONNES)).erreurs();

        assertTrue(erreurs.get(0).regle().startsWith("fichier XLSX illisible : archive.zip"), erreurs.get(0).regle());
    }

    @Test
    void grandFichierLuSansErreur() {
        List<List<String>> lignes = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            lignes.add(List.of("ID" + i, "Nom " + i, "01/01/1980", "0750654D"));
        }
        byte[] xlsx = EcritureTableau.xlsx("Personnels", COLONNES, lignes);

        Tableau t = LecteurTableau.lire(xlsx, "personnels.xlsx", COLONNES);

        assertEquals(20_000, t.lignes().size());
        assertEquals(20_001, t.lignes().get(19_999).numero());
        assertEquals("ID19999", t.lignes().get(19_999).valeur("identifiant"));
    }

    @Test
    void zipBombRefusedWithAMessageAndTheHeapUnaffected() throws IOException {
        byte[] bombe = bombe(COLONNES, 1_000);
        assertTrue(bombe.length < 1_000_000, "bombe de " + bombe.length + " octets");
        Runtime jvm = Runtime.getRuntime();
        System.gc();
        long avant = jvm.totalMemory() - jvm.freeMemory();

        List<ErreurImport> erreurs = assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> assertThrows(
                ImportRefuseException.class, () -> LecteurTableau.lire(bombe, "bombe.xlsx", COLONNES)).erreurs());

        long apres = jvm.totalMemory() - jvm.freeMemory();
        assertEquals("classeur XLSX refusé : bombe.xlsx se décompresse au-delà des limites admises (100 fois sa taille"
                + " compressée, 150 Mo par feuille)", erreurs.get(0).regle());
        // the sheet would be ~100 MB of XML and millions of rows: it was stopped after a few hundred kilobytes
        assertTrue(apres - avant < 64L * 1024 * 1024, (apres - avant) / 1024 + " Ko de plus sur le tas");
    }

    @Test
    void fileLargerThanTheMaximumRefusedBeforeReading() {
        byte[] enorme = new byte[LecteurTableau.TAILLE_MAX + 1];
        List<ErreurImport> erreurs = assertThrows(ImportRefuseException.class,
                () -> LecteurTableau.lire(enorme, "gros.csv", COLONNES)).erreurs();
        assertEquals("fichier trop volumineux : gros.csv (20 Mo pour 20 Mo au plus)", erreurs.get(0).regle());
        // a refusal of the whole file names no line (issue 15, point 8: not « ligne 0 » nor the header's line)
        assertNull(erreurs.get(0).ligne());
        assertEquals("fichier entier : fichier trop volumineux : gros.csv (20 Mo pour 20 Mo au plus)", erreurs.get(0).enClair());
    }

    /**
     * A real workbook whose first sheet is replaced by a header and thousands of identical rows: tens of megabytes of XML
     * that deflate to a few hundred kilobytes.
     */
    static byte[] bombe(List<String> entetes, int milliersDeLignes) throws IOException {
        ByteArrayOutputStream vide = new ByteArrayOutputStream();
        try (XSSFWorkbook classeur = new XSSFWorkbook()) {
            classeur.createSheet("Feuille");
            classeur.write(vide);
        }
        byte[] modele = vide.toByteArray();
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(modele));
             ZipOutputStream zip = new ZipOutputStream(sortie)) {
            zip.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes());
                    zip.write(ligne(entetes).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] mille = ligne(entetes.stream().map(c -> "x").toList()).repeat(1_000).getBytes();
                    for (int i = 0; i < milliersDeLignes; i++) {
                        zip.write(mille);
                    }
                    zip.write("</sheetData></worksheet>".getBytes());
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return sortie.toByteArray();
    }

    private static String ligne(List<String> cellules) {
        StringBuilder sb = new StringBuilder("<row>");
        cellules.forEach(c -> sb.append("<c t=\"inlineStr\"><is><t>").append(c).append("</t></is></c>"));
        return sb.append("</row>").toString();
    }
}
