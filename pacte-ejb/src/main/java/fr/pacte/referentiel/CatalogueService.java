package fr.pacte.referentiel;

import java.util.List;

/**
 * The catalogue of each campaign (issue 15, point 2). Seed 002: « Les missions sont présentées à titre indicatif et
 * non exhaustif. Leur contenu peut être adapté en fonction des besoins locaux. »
 */
public interface CatalogueService {

    /** The campaign's missions; with an UAI (a chef: always his own), the chef's adapted wording beside each. */
    List<MissionCampagne> catalogue(String annee, String uai);

    /** Rectorat: an académie or local mission, in the catalogue of this campaign and of the following ones. */
    MissionCampagne ajouter(String annee, NouvelleMission m);

    /**
     * Rectorat: new wording (libellé, contenu, bilan remis à) from this campaign onwards; earlier campaigns keep
     * theirs. Dispositif, voie and quantities are the mission's identity: another quantity is another mission.
     */
    MissionCampagne modifier(String annee, String code, NouvelleMission m);

    /** Chef: his établissement's wording of a mission for one campaign; a blank label goes back to the catalogue's. */
    MissionCampagne adapter(String annee, String uai, String code, String libelle, String contenu);

    /** Whether the mission is in that campaign's catalogue (the attribution rules refuse it otherwise). */
    boolean auCatalogue(String annee, String code);
}
