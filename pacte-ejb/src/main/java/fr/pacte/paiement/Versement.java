package fr.pacte.paiement;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One instalment: the month of payroll it goes to, its amount, and whether it corrects amounts already paid. */
public record Versement(YearMonth mois, BigDecimal montant, boolean regularisation) {
}
