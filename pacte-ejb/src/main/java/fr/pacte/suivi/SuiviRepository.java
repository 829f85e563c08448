package fr.pacte.suivi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Volunteers, dates of the conseils, hours done, redéploiements and bilans of the attributions. */
public interface SuiviRepository {

    Set<String> volontaires(String annee, String uai);

    /** @return whether anything changed (marking a volunteer twice does not) */
    boolean marquerVolontaire(String annee, String uai, String identifiant, boolean volontaire, String auteur);

    DatesConseils conseils(String annee, String uai);

    void fixerConseils(String annee, String uai, LocalDate pedagogique, LocalDate administration, String auteur);

    /** Zero when nothing was recorded yet. */
    BigDecimal heuresFaites(long attribution);

    void releverHeures(long attribution, BigDecimal heures, String auteur);

    /** @param parts the parts moved with the hours to a colleague, 0 between one agent's missions */
    void ajouterRedeploiement(long source, long cible, BigDecimal heures, BigDecimal parts, String motif, String auteur);

    void enregistrerBilan(long attribution, String texte, String destinataire, String auteur);

    /** Every attribution of the établissement, cancelled ones last, with its suivi. */
    List<LigneSuivi> suivi(String annee, String uai);

    LigneSuivi ligne(long attribution);
}
