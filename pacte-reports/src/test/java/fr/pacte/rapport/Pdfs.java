package fr.pacte.rapport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Lecture des PDF produits, pour vérifier ce qu'un utilisateur verrait ou copierait. */
final class Pdfs {

    private Pdfs() {
    }

    static String texte(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Texte dans l'ordre de lecture de la page (haut en bas), espaces insécables et retours à la ligne réduits. */
    static String texteLu(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper extracteur = new PDFTextStripper();
            extracteur.setSortByPosition(true);
            return extracteur.getText(document).replace('\u202F', ' ').replace('\u00A0', ' ')
                    .replaceAll("\\s+", " ").strip();
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    static List<String> textesParPage(byte[] pdf) throws IOException {
        List<String> textes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper extracteur = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                extracteur.setStartPage(page);
                extracteur.setEndPage(page);
                textes.add(extracteur.getText(document));
            }
        }
        return textes;
    }

    static List<PDFont> polices(byte[] pdf) throws IOException {
        List<PDFont> polices = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources ressources = page.getResources();
                for (COSName nom : ressources.getFontNames()) {
                    polices.add(ressources.getFont(nom));
                }
            }
        }
        return polices;
    }
}
