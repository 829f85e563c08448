package fr.pacte.rapport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn with Java2D (no chart library): one bar per label; a null value is a masked cell and
 * is drawn as "s" without a bar, so the chart shows no more than the table; NaN is a value not defined, drawn "—".
 */
public record Graphique(String titre, List<String> libelles, List<Double> valeurs, String unite) {

    public Graphique {
        libelles = List.copyOf(libelles);
        valeurs = new ArrayList<>(valeurs);
    }

    private static final Color BLEU = new Color(0x00, 0x00, 0x91);

    public BufferedImage image() {
        int largeur = 1200;
        int ligne = 34;
        int hauteur = 70 + ligne * libelles.size();
        BufferedImage img = new BufferedImage(largeur, hauteur, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, largeur, hauteur);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString(titre, 10, 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        double max = valeurs.stream().filter(v -> v != null && !v.isNaN()).mapToDouble(Double::doubleValue).max()
                .orElse(0);
        int x0 = 420;
        int largeurBarres = largeur - x0 - 140;
        for (int i = 0; i < libelles.size(); i++) {
            int y = 55 + i * ligne;
            g.setColor(Color.DARK_GRAY);
            String libelle = libelles.get(i).length() > 40 ? libelles.get(i).substring(0, 39) + "…" : libelles.get(i);
            g.drawString(libelle, 10, y + 21);
            Double v = valeurs.get(i);
            if (v == null || v.isNaN()) {
                g.drawString(v == null ? "s" : "—", x0 + 4, y + 21);
                continue;
            }
            int l = max <= 0 ? 0 : (int) Math.round(largeurBarres * v / max);
            g.setColor(BLEU);
            g.fillRect(x0, y + 4, Math.max(1, l), ligne - 10);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.FRANCE, "%,.1f %s", v, unite).replace('\u202f', ' ').replace('\u00a0', ' '),
                    x0 + l + 6, y + 21);
        }
        g.setStroke(new BasicStroke(2));
        g.drawLine(x0, 45, x0, hauteur - 10);
        g.dispose();
        return img;
    }
}
