package fr.pacte.paiement;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

public interface EcheanceRepository {

    /** Rows sent to payroll, of the UAIs starting with {@code prefixeUai} (a département, a UAI, or null for all). */
    List<Echeance> envoyees(String annee, String prefixeUai, String identifiant);

    /** What was sent per closed month, for the UAIs starting with {@code prefixeUai} (null for all). */
    List<TotalMois> envoyesParMois(String annee, String prefixeUai);

    /**
     * What is still to be sent per month from {@code premierOuvert} on, derived by PostgreSQL from the attributions
     * as they are now ({@code paiement.a_verser}, the rules of {@link Echeancier}); nothing planned is stored.
     */
    List<TotalMois> prevusParMois(String annee, YearMonth premierOuvert, String prefixeUai);

    /** The yearly amounts of the active attributions, and of the one-off ones still waiting for their service fait. */
    MontantsAttribues montantsAttribues(String annee, String prefixeUai);

    /**
     * Sends {@code mois}: its lines, derived by PostgreSQL from the attributions, inserted in one statement as sent
     * by {@code execution}, with the names payroll receives.
     */
    Envoi envoyer(String annee, YearMonth mois, long execution);

    /** The lines of a run in the file's order, read with a server-side cursor and handed one by one. */
    void lignesDuFichier(long execution, Consumer<LigneFichier> ligne);

    /** The run's lines grouped by département and dispositif, for its PDF summary. */
    List<TotalDepartement> totauxParDepartement(long execution);

    /** How many lines a run sent and how much. */
    record Envoi(int lignes, BigDecimal total) {
    }

    /** The active attributions' yearly amounts; those of the one-off missions without service fait. */
    record MontantsAttribues(BigDecimal attribue, BigDecimal enAttenteServiceFait) {
    }

    /** A line of the payment file, as payroll received it. */
    record LigneFichier(String identifiant, String nom, String prenom, String uai, String dispositif, String codeMission,
                        String taux, YearMonth mois, BigDecimal montant, boolean regularisation) {
    }

    /** A département × dispositif total of a run. */
    record TotalDepartement(String departement, String libelle, String dispositif, int lignes, BigDecimal montant,
                            BigDecimal regularisations) {
    }
}
