package fr.pacte.paiement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * A closed month: when, by whom, how many lines and how much was sent to payroll, and whether its files (produced
 * after the run, in the background) are ready: {@code progression} in percent.
 */
public record ExecutionVue(long id, String anneeScolaire, YearMonth mois, OffsetDateTime executeeLe, String executeePar,
                           int lignes, BigDecimal montantTotal, EtatFichiers etatFichiers, int progression) implements Serializable {

    public boolean fichiersPrets() {
        return etatFichiers == EtatFichiers.PRETS;
    }
}
