package fr.pacte.rapport;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import net.sf.jasperreports.renderers.Renderable;

/**
 * A horizontal bar chart (no chart library): one bar per label; a null value is a masked cell and is drawn as "s"
 * without a bar, so the chart shows no more than the table; NaN is a value not defined, drawn "—".
 */
public record Graphique(String titre, List<String> libelles, List<Double> valeurs, String unite)
        implements Serializable {

    public Graphique {
        libelles = List.copyOf(libelles);
        // ArrayList, not List.copyOf: a masked value is null
        valeurs = new ArrayList<>(valeurs);
    }

    /** The chart as a vector drawing for a Jasper image element (PDF paths and text, not a bitmap). */
    public Renderable rendu() {
        return new RenduGraphique(this);
    }
}
