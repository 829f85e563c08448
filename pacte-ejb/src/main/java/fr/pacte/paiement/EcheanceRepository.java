package fr.pacte.paiement;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

public interface EcheanceRepository {

    /** Rows sent to payroll, of the UAIs starting with {@code prefixeUai} (a département, a UAI, or null for all). */
    List<Echeance> envoyees(String annee, String prefixeUai, String identifiant);

    /** Total sent to payroll per attribution of the campaign (attributions never paid are absent). */
    Map<Long, BigDecimal> totauxEnvoyes(String annee);

    /**
     * Replaces the campaign's unsent rows by {@code lignes}; those of {@code moisEnvoye} are recorded as sent by
     * {@code execution} (null: none sent, the schedule is only refreshed).
     */
    void remplacerNonEnvoyees(String annee, List<LigneEcheance> lignes, YearMonth moisEnvoye, Long execution);

    /** Rows sent by a run, in the payment file's order. */
    List<LigneEcheance> duMois(long execution);
}
