package fr.pacte.paiement;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/** A closed month: when, by whom, how many lines and how much was sent to payroll. */
public record ExecutionVue(long id, String anneeScolaire, YearMonth mois, OffsetDateTime executeeLe, String executeePar,
                           int lignes, BigDecimal montantTotal) {
}
