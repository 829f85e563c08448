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
import static org.junit.jupiter.api.Assertions.assertThrows;
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
}
