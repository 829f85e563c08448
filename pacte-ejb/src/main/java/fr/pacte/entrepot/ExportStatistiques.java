package fr.pacte.entrepot;

import fr.pacte.commun.tableur.EcritureTableau;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The report's tables as XLSX (one sheet per table) and as a ZIP of CSV files (one per table). Both write the cells
 * of the masked tables only: a masked cell is the text "s" everywhere, an undefined one "—".
 */
public final class ExportStatistiques {

    private ExportStatistiques() {
    }

    public static byte[] csvZip(RapportStatistique r) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(sortie)) {
            for (TableauStatistique t : r.tableaux()) {
                zip.putNextEntry(new ZipEntry(nomFichier(r, t) + ".csv"));
                zip.write(EcritureTableau.csv(t.entetes(), t.texte()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sortie.toByteArray();
    }

    public static String nomFichier(RapportStatistique r, TableauStatistique t) {
        return "pacte-" + r.annee() + "-" + t.code();
    }

    public static byte[] xlsx(RapportStatistique r) {
        try (XSSFWorkbook classeur = new XSSFWorkbook()) {
            CellStyle gras = classeur.createCellStyle();
            Font police = classeur.createFont();
            police.setBold(true);
            gras.setFont(police);
            DataFormat formats = classeur.createDataFormat();
            Map<Colonne.Format, CellStyle> styles = new EnumMap<>(Colonne.Format.class);
            styles.put(Colonne.Format.NOMBRE, style(classeur, formats, "# ##0"));
            styles.put(Colonne.Format.DECIMAL, style(classeur, formats, "# ##0.0"));
            styles.put(Colonne.Format.TAUX, style(classeur, formats, "0.0"));
            styles.put(Colonne.Format.MONTANT, style(classeur, formats, "# ##0.00"));
            for (TableauStatistique t : r.tableaux()) {
                Sheet f = classeur.createSheet(t.code());
                texte(f.createRow(0), 0, t.code() + " – " + t.titre(), gras);
                texte(f.createRow(1), 0, "Campagne " + r.annee() + " ; " + r.filtre().libelle() + " ; s : secret "
                        + "statistique (moins de " + r.seuil() + " personnes, ou cellule masquée pour le protéger) ; "
                        + Colonne.SANS_OBJET + " : sans objet (valeur non définie).", null);
                Row entete = f.createRow(3);
                List<String> e = t.entetes();
                for (int c = 0; c < e.size(); c++) {
                    texte(entete, c, e.get(c), gras);
                }
                int l = 4;
                for (LigneStatistique ligne : t.lignes()) {
                    Row row = f.createRow(l++);
                    texte(row, 0, ligne.libelle(), ligne.total() ? gras : null);
                    for (int c = 0; c < t.colonnes().size(); c++) {
                        BigDecimal v = ligne.valeurs().get(c);
                        if (v == null) {
                            texte(row, c + 1, ligne.marque(c), null);
                        } else {
                            Cell cell = row.createCell(c + 1);
                            cell.setCellValue(v.doubleValue());
                            cell.setCellStyle(styles.get(t.colonnes().get(c).format()));
                        }
                    }
                }
                texte(f.createRow(l + 1), 0, t.definition(), null);
                f.setColumnWidth(0, 45 * 256);
                for (int c = 1; c <= t.colonnes().size(); c++) {
                    f.setColumnWidth(c, 18 * 256);
                }
            }
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            classeur.write(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle style(XSSFWorkbook classeur, DataFormat formats, String format) {
        CellStyle s = classeur.createCellStyle();
        s.setDataFormat(formats.getFormat(format));
        return s;
    }

    private static void texte(Row row, int c, String v, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(v);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
