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

    /** What was sent per closed month, for the UAIs starting with {@code prefixeUai} (null for all). */
    List<TotalMois> envoyesParMois(String annee, String prefixeUai);

    /**
     * Replaces the campaign's unsent rows by {@code lignes}; those of {@code moisEnvoye} are recorded as sent by
     * {@code execution} (null: none sent, the schedule is only refreshed).
     */
    void remplacerNonEnvoyees(String annee, List<LigneEcheance> lignes, YearMonth moisEnvoye, Long execution);
}
