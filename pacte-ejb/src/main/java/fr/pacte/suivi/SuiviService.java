package fr.pacte.suivi;

import fr.pacte.attribution.AttributionVue;
import fr.pacte.commun.Page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Facade of the suivi module: the volunteers, the dates of the conseils, the hours done, the bilans and the
 * redéploiements of the attributions of an établissement. Reads follow the caller's scope (chef: his UAI, DASEN: his
 * département); writes are the chef's or the rectorat's. What remains of the envelope, the missions to attribute and
 * the consolidation are the attribution module's ({@link fr.pacte.attribution.ConsultationAttributionsService}).
 */
public interface SuiviService {

    Page<PersonnelVolontaire> personnels(String annee, String uai, boolean volontairesSeulement, int page, int taille);

    PersonnelVolontaire marquerVolontaire(String annee, String uai, String identifiant, boolean volontaire);

    DatesConseils conseils(String annee, String uai);

    DatesConseils fixerConseils(String annee, String uai, LocalDate conseilPedagogique, LocalDate conseilAdministration);

    List<LigneSuivi> suivi(String annee, String uai);

    LigneSuivi releverHeures(long attribution, BigDecimal heuresFaites);

    /** The bilan goes to the recipient the catalogue names for the mission (chef d'établissement, IEN, recteur). */
    LigneSuivi enregistrerBilan(long attribution, String texte);

    /**
     * Moves hours not done from one hour-based attribution to another of the same établissement and campaign
     * (same personnel, or a colleague when the campaign allows it, the parts moving with the hours) (seed 000).
     * @return the source and the target after the change
     */
    List<AttributionVue> redeployer(long source, long cible, BigDecimal heures, String motif);
}
