package fr.pacte.rapport;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
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

    /** What one page draws, form XObjects included: images, fills of a colour inside forms, fonts. */
    record Dessin(int images, int remplissagesDansFormulaires, List<PDFont> polices) {
    }

    static Dessin dessin(byte[] pdf, int page, int couleurRgb) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage p = document.getPage(page - 1);
            Compteur compteur = new Compteur(p, couleurRgb);
            compteur.processPage(p);
            List<PDFont> polices = new ArrayList<>();
            policesDe(p.getResources(), polices);
            return new Dessin(compteur.images, compteur.remplissages, polices);
        }
    }

    private static void policesDe(PDResources ressources, List<PDFont> polices) throws IOException {
        if (ressources == null) {
            return;
        }
        for (COSName nom : ressources.getFontNames()) {
            polices.add(ressources.getFont(nom));
        }
        for (COSName nom : ressources.getXObjectNames()) {
            if (ressources.getXObject(nom) instanceof PDFormXObject formulaire) {
                policesDe(formulaire.getResources(), polices);
            }
        }
    }

    /** Counts images drawn (an XObject or inline) and fills of one colour made inside a form XObject. */
    private static final class Compteur extends PDFGraphicsStreamEngine {
        private final int couleurRgb;
        private int profondeurFormulaire;
        private int images;
        private int remplissages;

        Compteur(PDPage page, int couleurRgb) {
            super(page);
            this.couleurRgb = couleurRgb;
        }

        @Override
        public void showForm(PDFormXObject formulaire) throws IOException {
            profondeurFormulaire++;
            try {
                super.showForm(formulaire);
            } finally {
                profondeurFormulaire--;
            }
        }

        @Override
        public void drawImage(PDImage image) {
            images++;
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            if (profondeurFormulaire > 0 && getGraphicsState().getNonStrokingColor().toRGB() == couleurRgb) {
                remplissages++;
            }
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
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
