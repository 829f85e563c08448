package fr.pacte.entrepot;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A row of a published table: its label and its values, {@code null} where the cell is not published. A null cell is
 * masked by the secret ("s"), unless its column is in {@code sansObjet}: the value is not defined (a rate or an
 * evolution over zero, no value for the previous campaign) and is shown as "—" — nobody is hidden there.
 */
public record LigneStatistique(String libelle, List<BigDecimal> valeurs, boolean total, Set<Integer> sansObjet)
        implements Serializable {

    public LigneStatistique {
        valeurs = Collections.unmodifiableList(new java.util.ArrayList<>(valeurs));
        sansObjet = Collections.unmodifiableSet(new TreeSet<>(sansObjet));
    }

    public LigneStatistique(String libelle, List<BigDecimal> valeurs, boolean total) {
        this(libelle, valeurs, total, Set.of());
    }

    public boolean masquee(int colonne) {
        return valeurs.get(colonne) == null && !sansObjet.contains(colonne);
    }

    /** The mark printed instead of a null cell: "—" when not applicable, "s" when masked by the secret. */
    public String marque(int colonne) {
        return sansObjet.contains(colonne) ? Colonne.SANS_OBJET : Colonne.SECRET;
    }
}
