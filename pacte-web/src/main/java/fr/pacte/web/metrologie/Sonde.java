package fr.pacte.web.metrologie;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Behind sonde.xhtml: a Faces request that does nothing, the baseline the benchmark compares edits with. */
@Named
@RequestScoped
public class Sonde {

    public void rien() {
        // deliberately empty: only the Faces lifecycle is measured
    }
}
