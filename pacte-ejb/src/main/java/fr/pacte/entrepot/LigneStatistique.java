package fr.pacte.entrepot;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/** A row of a published table: its label and its values, {@code null} where the secret masks the cell. */
public record LigneStatistique(String libelle, List<BigDecimal> valeurs, boolean total) implements Serializable {

    public LigneStatistique {
        valeurs = Collections.unmodifiableList(new java.util.ArrayList<>(valeurs));
    }
}
