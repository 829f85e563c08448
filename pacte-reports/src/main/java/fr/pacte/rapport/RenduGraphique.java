package fr.pacte.rapport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.geom.Dimension2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.DimensionRenderable;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * Draws a {@link Graphique} on the Graphics2D Jasper hands over: the PDF exporter records the calls as PDF paths and
 * text (a form XObject), so the chart prints sharp at any zoom, where a BufferedImage printed blurry. Text stays
 * text only when the report sets {@code net.sf.jasperreports.export.pdf.force.svg.shapes=false}; otherwise it is
 * drawn as glyph outlines (sharp but neither searchable nor copyable).
 */
final class RenduGraphique extends AbstractRenderer implements Graphics2DRenderable, DimensionRenderable {

    private static final long serialVersionUID = 1L;

    /** The report's embedded font: Jasper's PDF font mapper embeds it by family name (é, €, —, … included). */
    static final String POLICE = "DejaVu Sans";

    private static final Color BLEU = new Color(0x00, 0x00, 0x91);
    private static final Color TEXTE = Color.DARK_GRAY;

    // Logical layout (units of the former 1200 px image), scaled to the frame Jasper gives: same proportions.
    private static final int LARGEUR = 1200;
    private static final int LIGNE = 34;
    private static final int X_BARRES = 420;
    private static final int LIBELLE_MAX = 40;

    private final Graphique graphique;

    RenduGraphique(Graphique graphique) {
        this.graphique = graphique;
    }

    int hauteur() {
        return 70 + LIGNE * graphique.libelles().size();
    }

    /** Natural size, so that scaleImage="RetainShape" keeps the proportions of the rows. */
    @Override
    public Dimension2D getDimension(JasperReportsContext contexte) {
        return new Dimension(LARGEUR, hauteur());
    }

    @Override
    public void render(JasperReportsContext contexte, Graphics2D g, Rectangle2D zone) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            double echelle = Math.min(zone.getWidth() / LARGEUR, zone.getHeight() / hauteur());
            g2.translate(zone.getX(), zone.getY());
            g2.scale(echelle, echelle);
            dessiner(g2);
        } finally {
            g2.dispose();
        }
    }

    /** Draws in logical units; also usable on any Graphics2D (screen, image). */
    void dessiner(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(TEXTE);
        g.setFont(police(true, 22));
        g.drawString(graphique.titre(), 10, 30);
        g.setFont(police(false, 18));
        double max = graphique.valeurs().stream().filter(v -> v != null && !v.isNaN())
                .mapToDouble(Double::doubleValue).max().orElse(0);
        int largeurBarres = LARGEUR - X_BARRES - 140;
        for (int i = 0; i < graphique.libelles().size(); i++) {
            int y = 55 + i * LIGNE;
            g.setColor(TEXTE);
            String libelle = graphique.libelles().get(i);
            if (libelle.length() > LIBELLE_MAX) {
                libelle = libelle.substring(0, LIBELLE_MAX - 1) + "…";
            }
            g.drawString(libelle, 10, y + 21);
            Double v = graphique.valeurs().get(i);
            // null: masked cell (secret), NaN: not defined (sans objet); neither has a bar
            if (v == null || v.isNaN()) {
                g.drawString(v == null ? "s" : "—", X_BARRES + 4, y + 21);
                continue;
            }
            double l = max <= 0 ? 0 : Math.round(largeurBarres * v / max);
            g.setColor(BLEU);
            g.fill(new Rectangle2D.Double(X_BARRES, y + 4, Math.max(1, l), LIGNE - 10));
            g.setColor(TEXTE);
            g.drawString(valeur(v), (float) (X_BARRES + l + 6), y + 21);
        }
        g.setStroke(new BasicStroke(2));
        g.draw(new Line2D.Double(X_BARRES, 45, X_BARRES, hauteur() - 10));
    }

    /** « 1 234,5 % »: French grouping and decimal comma, ordinary spaces as the former image printed them. */
    String valeur(double v) {
        return String.format(FormatFrancais.LOCALE, "%,.1f %s", v, graphique.unite())
                .replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /**
     * The font by its family name, not Font.SANS_SERIF: the PDF font mapper looks the family up in Jasper's font
     * extensions and embeds DejaVu Sans; a logical AWT font would fall back to Helvetica, not embedded.
     */
    private static Font police(boolean gras, float taille) {
        return new Font(Map.of(TextAttribute.FAMILY, POLICE, TextAttribute.SIZE, taille,
                TextAttribute.WEIGHT, gras ? TextAttribute.WEIGHT_BOLD : TextAttribute.WEIGHT_REGULAR));
    }
}
