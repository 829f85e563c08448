package fr.pacte.commun.tableur;

import java.io.OutputStream;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** Writes exports as CSV (for Excel in France) or XLSX, with every value inert (no formula can run). */
public final class EcritureTableau {

    private static final byte[] BOM_UTF8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();
    private static final Pattern NOMBRE_NEGATIF = Pattern.compile("-[0-9]+([.,][0-9]+)?");
    private static final int LIGNES_EN_MEMOIRE = 200;
    private static final int TAMPON_CSV = 64 * 1024;
    private static final int LARGEUR_MIN = 12;
    private static final int LARGEUR_MAX = 60;

    private EcritureTableau() {
    }

    /** UTF-8 with BOM (so that Excel detects the encoding), ';' separators, CRLF line ends. */
    public static byte[] csv(List<String> entetes, List<List<String>> lignes) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        csv(entetes, ligne -> lignes.forEach(ligne), sortie);
        return sortie.toByteArray();
    }

    /**
     * The same file written straight to the output as the producer hands the rows; the output is flushed, not
     * closed (its owner, the response or the file, closes it).
     */
    public static void csv(List<String> entetes, Consumer<Consumer<List<String>>> producteur, OutputStream sortie) {
        try {
            sortie.write(BOM_UTF8);
            Writer writer = new BufferedWriter(new OutputStreamWriter(sortie, StandardCharsets.UTF_8), TAMPON_CSV);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(entetes.stream().map(EcritureTableau::neutraliser).toList());
            producteur.accept(ligne -> {
                try {
                    printer.printRecord(ligne.stream().map(EcritureTableau::neutraliser).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Either format, streamed ({@code nomFeuille} names the XLSX sheet). */
    public static void ecrire(FormatTableau format, String nomFeuille, List<String> entetes,
                              Consumer<Consumer<List<String>>> producteur, OutputStream sortie) {
        if (format == FormatTableau.CSV) {
            csv(entetes, producteur, sortie);
        } else {
            xlsx(nomFeuille, entetes, producteur, sortie);
        }
    }

    /** One sheet, bold frozen header, every cell a string cell (never a formula). */
    public static byte[] xlsx(String nomFeuille, List<String> entetes, List<List<String>> lignes) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        xlsx(nomFeuille, entetes, ligne -> lignes.forEach(ligne), sortie);
        return sortie.toByteArray();
    }

    /**
     * The same sheet written straight to the output as the producer hands the rows (it receives where to put each
     * one): SXSSF keeps {@value #LIGNES_EN_MEMOIRE} rows in memory, whatever the export's size.
     */
    public static void xlsx(String nomFeuille, List<String> entetes, Consumer<Consumer<List<String>>> producteur,
                            OutputStream sortie) {
        // close() also deletes the temporary files SXSSF spills rows into.
        try (SXSSFWorkbook classeur = new SXSSFWorkbook(LIGNES_EN_MEMOIRE)) {
            // the rows spilled to disk are XML: gzipped, 100 000 rows take a few MB of temporary file, not 100
            classeur.setCompressTempFiles(true);
            Sheet feuille = classeur.createSheet(WorkbookUtil.createSafeSheetName(
                    nomFeuille == null || nomFeuille.isBlank() ? "Export" : nomFeuille));
            CellStyle gras = classeur.createCellStyle();
            Font police = classeur.createFont();
            police.setBold(true);
            gras.setFont(police);
            // Marks risky values as typed text, so that editing the cell in Excel does not turn it into a formula.
            CellStyle texteProtege = classeur.createCellStyle();
            texteProtege.setQuotePrefixed(true);

            ecrire(feuille.createRow(0), entetes, gras, gras);
            int[] rang = {1};
            producteur.accept(ligne -> ecrire(feuille.createRow(rang[0]++), ligne, null, texteProtege));
            feuille.createFreezePane(0, 1);
            for (int c = 0; c < entetes.size(); c++) {
                int largeur = Math.max(LARGEUR_MIN, Math.min(LARGEUR_MAX, longueur(entetes.get(c)) + 2));
                feuille.setColumnWidth(c, largeur * 256);
            }
            classeur.write(sortie);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OWASP CSV injection: a leading apostrophe makes Excel and LibreOffice show the value as text. */
    private static String neutraliser(String valeur) {
        String v = valeur == null ? "" : valeur;
        return estFormule(v) ? "'" + v : v;
    }

    /** A negative amount ("-34,72", payment files) is a plain number, not a formula: it stays as written. */
    private static boolean estFormule(String v) {
        return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NOMBRE_NEGATIF.matcher(v).matches();
    }

    private static void ecrire(Row row, List<String> valeurs, CellStyle style, CellStyle styleFormule) {
        for (int c = 0; c < valeurs.size(); c++) {
            String v = valeurs.get(c) == null ? "" : valeurs.get(c);
            var cellule = row.createCell(c);
            cellule.setCellValue(v);
            CellStyle s = estFormule(v) ? styleFormule : style;
            if (s != null) {
                cellule.setCellStyle(s);
            }
        }
    }

    private static int longueur(String s) {
        return s == null ? 0 : s.length();
    }
}
