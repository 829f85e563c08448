package fr.pacte.paiement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** The instalments of one month: sent if the month is closed, planned otherwise. */
public record TotalMois(YearMonth mois, long lignes, BigDecimal montant, BigDecimal regularisations, boolean clos) implements Serializable {
}
