package fr.pacte.paiement;

import java.time.YearMonth;
import java.util.List;

/**
 * Facade of the monthly run (rectorat only): closing a month sends its instalments to payroll and stores the
 * payment file (CSV, XLSX) and its PDF summary. Months close in order; a closed month never changes.
 */
public interface ExecutionPaiementService {

    /** The month the next run closes: October of the campaign, then the month after the last closed one. */
    YearMonth prochainMois(String annee);

    /**
     * Closes {@code mois} in one transaction, under the campaign's run lock: the month's lines, derived from the
     * attributions' current state, are recorded as sent. Its files are written after the commit, in the background
     * ({@link ExecutionVue#etatFichiers()}). Running a month already closed returns it unchanged.
     * @throws ReglePaiementException if an earlier month is still open or the month is outside the school year
     */
    ExecutionVue executer(String annee, YearMonth mois);

    List<ExecutionVue> executions(String annee);

    /** Starts again the production of a closed month's files that failed; does nothing otherwise. */
    ExecutionVue relancerFichiers(String annee, YearMonth mois);

    /**
     * @throws ReglePaiementException if the month is not closed
     * @throws FichiersEnPreparationException if its files are not written yet (409)
     */
    FichierPaiement fichier(String annee, YearMonth mois, FormatFichier format);
}
