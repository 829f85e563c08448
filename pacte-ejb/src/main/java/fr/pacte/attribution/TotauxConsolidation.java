package fr.pacte.attribution;

import java.io.Serializable;
import java.math.BigDecimal;

/** Totals of the consolidated view over the whole filtered selection (not only the page shown). */
public record TotauxConsolidation(long attributions, long etablissements, long personnels, BigDecimal parts,
                                  BigDecimal imp, BigDecimal decharge, BigDecimal heures, BigDecimal heuresFaites) implements Serializable {
}
