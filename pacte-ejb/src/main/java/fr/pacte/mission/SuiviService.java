package fr.pacte.mission;

import fr.pacte.commun.Page;
import fr.pacte.referentiel.MissionCatalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Facade of the mission module for the répartition in the établissement and its suivi: the envelope that remains,
 * the missions of the catalogue it may attribute (RCD first), the volunteers, the dates of the conseils, the hours
 * done and the bilans; and the académie's consolidated view. Reads follow the caller's scope (chef: his UAI,
 * DASEN: his département); writes are the chef's or the rectorat's. Redéploiements change attributions and so go
 * through {@link AttributionService#redeployer}.
 */
public interface SuiviService {

    ResteEnveloppe reste(String annee, String uai);

    /** The catalogue missions the établissement may attribute, the priority ones (RCD) first. */
    List<MissionCatalogue> missionsAPourvoir(String annee, String uai);

    Page<PersonnelVolontaire> personnels(String annee, String uai, boolean volontairesSeulement, int page, int taille);

    PersonnelVolontaire marquerVolontaire(String annee, String uai, String identifiant, boolean volontaire);

    DatesConseils conseils(String annee, String uai);

    DatesConseils fixerConseils(String annee, String uai, LocalDate conseilPedagogique, LocalDate conseilAdministration);

    List<LigneSuivi> suivi(String annee, String uai);

    LigneSuivi releverHeures(long attribution, BigDecimal heuresFaites);

    /** The bilan goes to the recipient the catalogue names for the mission (chef d'établissement, IEN, recteur). */
    LigneSuivi enregistrerBilan(long attribution, String texte);

    Page<LigneConsolidation> consolidation(FiltreConsolidation filtre, int page, int taille);

    TotauxConsolidation totaux(FiltreConsolidation filtre);

    /**
     * One person's Pacte parts this campaign over every voie and établissement, and what the per-person cap leaves
     * him in voie pro ({@link ReglesAttribution#plafondDepasse}): {voie pro, others, still possible in voie pro}.
     */
    BigDecimal[] partsDuPersonnel(String annee, String identifiant);
}
