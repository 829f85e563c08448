package fr.pacte.commun.tableur;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Zip bomb limits, set explicitly rather than left to POI's defaults (a JVM-wide setting: every XLSX read in the
     * server goes through them): an entry may not inflate more than 100 times (a sheet of 200 000 real lines
     * compresses 5 to 20 times), nor beyond 150 MB (200 000 lines of 11 columns are about 90 MB of XML), and a text
     * extracted from a workbook stays under 20 million characters.
     */
    static final double RATIO_MIN = 0.01;
    static final long ENTREE_MAX = 150L * 1024 * 1024;
    static final long TEXTE_MAX = 20_000_000L;

    static {
        ZipSecureFile.setMinInflateRatio(RATIO_MIN);
        ZipSecureFile.setMaxEntrySize(ENTREE_MAX);
        ZipSecureFile.setMaxTextSize(TEXTE_MAX);
    }

    private LecteurXlsx() {
    }

    static void lire(byte[] contenu, String nomFichier, ConstructeurTableau constructeur) {
        // opened from a file, each entry is inflated while it is parsed, through ZipSecureFile's checks: a bomb is
        // stopped after its first hundred kilobytes instead of being inflated into the heap
        Path fichier = fichierTemporaire(contenu);
        try {
            lire(fichier, nomFichier, constructeur);
        } finally {
            try {
                Files.deleteIfExists(fichier);
            } catch (IOException e) {
                fichier.toFile().deleteOnExit();
            }
        }
    }

    private static Path fichierTemporaire(byte[] contenu) {
        try {
            Path fichier = Files.createTempFile("pacte-import-", ".xlsx");
            Files.write(fichier, contenu);
            return fichier;
        } catch (IOException e) {
            throw new UncheckedIOException("fichier temporaire d'import impossible à écrire", e);
        }
    }

    private static void lire(Path fichier, String nomFichier, ConstructeurTableau constructeur) {
        XMLReader sax = analyseurXml();
        try (OPCPackage paquet = OPCPackage.open(fichier.toFile(), PackageAccess.READ)) {
            XSSFReader lecteur = new XSSFReader(paquet);
            boolean date1904 = date1904(lecteur);
            Iterator<InputStream> feuilles = lecteur.getSheetsData();
            if (!feuilles.hasNext()) {
                throw new ImportRefuseException(ErreurImport.fichier(null, "classeur sans feuille : " + nomFichier));
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
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                 | org.apache.poi.util.RecordFormatException e) {
            if (bombe(e)) {
                throw new ImportRefuseException(ErreurImport.fichier(null, "classeur XLSX refusé : " + nomFichier
                        + " se décompresse au-delà des limites admises (" + Math.round(1 / RATIO_MIN)
                        + " fois sa taille compressée, " + ENTREE_MAX / (1024 * 1024) + " Mo par feuille)"));
            }
            // POI signals damaged, encrypted or non-XLSX ZIP files (ODS, DOCX…) with these.
            throw new ImportRefuseException(ErreurImport.fichier(null,
                    "fichier XLSX illisible : " + nomFichier + " (classeur endommagé, protégé par mot de passe"
                            + " ou d'un autre format ; enregistrez-le au format XLSX ou CSV)"));
        }
    }

    /** POI reports a zip bomb ("Zip bomb detected!") as an IOException, sometimes wrapped: look along the causes. */
    private static boolean bombe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
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
