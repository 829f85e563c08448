package fr.pacte.commun.tableur;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbookPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads the first sheet of an XLSX file in streaming mode (SAX), so that a 200 000-line file does not need
 * the whole workbook in memory. Cells come as the text Excel shows, except dates (dd/MM/yyyy) and whole numbers
 * (no ".0", no exponent: an identifier typed as a number stays readable).
 */
final class LecteurXlsx {

    private LecteurXlsx() {
    }

    static void lire(byte[] contenu, String nomFichier, ConstructeurTableau constructeur) {
        XMLReader sax = analyseurXml();
        try (OPCPackage paquet = OPCPackage.open(new ByteArrayInputStream(contenu))) {
            XSSFReader lecteur = new XSSFReader(paquet);
            boolean date1904 = date1904(lecteur);
            Iterator<InputStream> feuilles = lecteur.getSheetsData();
            if (!feuilles.hasNext()) {
                throw new ImportRefuseException(new ErreurImport(1, null, "classeur sans feuille : " + nomFichier));
            }
            XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(lecteur.getStylesTable(),
                    new ReadOnlySharedStringsTable(paquet, false), new Lignes(constructeur),
                    new Formateur(date1904), false);
            sax.setContentHandler(handler);
            try (InputStream feuille = feuilles.next()) {
                sax.parse(new InputSource(feuille));
            }
        } catch (ImportRefuseException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | IllegalStateException
                 | IllegalArgumentException | UnsupportedOperationException
                 | org.apache.poi.util.RecordFormatException e) {
            // POI signals damaged, encrypted or non-XLSX ZIP files (ODS, DOCX…) with these.
            throw new ImportRefuseException(new ErreurImport(1, null,
                    "fichier XLSX illisible : " + nomFichier + " (classeur endommagé, protégé par mot de passe"
                            + " ou d'un autre format ; enregistrez-le au format XLSX ou CSV)"));
        }
    }

    // POI's reader refuses external entities (XXE); failing to build it is a server problem, not the user's file.
    private static XMLReader analyseurXml() {
        try {
            return XMLHelper.newXMLReader();
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("analyseur XML indisponible", e);
        }
    }

    private static boolean date1904(XSSFReader lecteur) throws IOException, OpenXML4JException {
        try (InputStream in = lecteur.getWorkbookData()) {
            CTWorkbookPr pr = WorkbookDocument.Factory.parse(in).getWorkbook().getWorkbookPr();
            return pr != null && pr.getDate1904();
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new POIXMLException(e);
        }
    }

    /** Collects the cells of each row, filling the gaps Excel leaves for empty cells. */
    private static final class Lignes implements SheetContentsHandler {
        private final ConstructeurTableau constructeur;
        private final List<String> cellules = new ArrayList<>();

        Lignes(ConstructeurTableau constructeur) {
            this.constructeur = constructeur;
        }

        @Override
        public void startRow(int rowNum) {
            cellules.clear();
        }

        @Override
        public void endRow(int rowNum) {
            constructeur.ligne(rowNum + 1, List.copyOf(cellules));
        }

        @Override
        public void cell(String reference, String valeur, XSSFComment commentaire) {
            int colonne = reference == null ? cellules.size() : new CellReference(reference).getCol();
            while (cellules.size() < colonne) {
                cellules.add("");
            }
            cellules.add(valeur == null ? "" : valeur);
        }
    }

    /** Excel's display text, with dates as dd/MM/yyyy and whole numbers in plain digits. */
    private static final class Formateur extends DataFormatter {
        private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        private static final double ENTIER_EXACT = 1e15;
        private final boolean date1904;

        Formateur(boolean date1904) {
            super(Locale.FRANCE);
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double valeur, int indexFormat, String format) {
            if (DateUtil.isADateFormat(indexFormat, format) && DateUtil.isValidExcelDate(valeur)) {
                return DateUtil.getLocalDateTime(valeur, date1904).format(JOUR);
            }
            boolean general = format == null || "General".equalsIgnoreCase(format);
            if (general && valeur == Math.rint(valeur) && Math.abs(valeur) < ENTIER_EXACT) {
                return BigDecimal.valueOf(valeur).toBigInteger().toString();
            }
            return super.formatRawCellContents(valeur, indexFormat, format);
        }
    }
}
