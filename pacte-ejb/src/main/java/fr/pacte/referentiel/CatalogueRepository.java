package fr.pacte.referentiel;

import java.util.List;
import java.util.Optional;

/** The missions of the catalogue per campaign and the adaptations of an établissement (SQL in infrastructure). */
public interface CatalogueRepository {

    /** The campaign's missions in the catalogue's order, with the établissement's adapted words when uai is given. */
    List<MissionCampagne> missions(String annee, String uai);

    Optional<MissionCampagne> mission(String annee, String code, String uai);

    /** Whether the code is in the registry of missions, whatever the campaign. */
    boolean existe(String code);

    boolean auCatalogue(String annee, String code);

    /** Adds to the registry from this campaign on (the database puts it in this campaign and every later one). */
    void ajouter(String annee, NouvelleMission m, String source);

    /** New words from this campaign onwards (earlier campaigns keep theirs) and in the registry. */
    void modifierTexte(String annee, String code, String libelle, String contenu, String bilanRemisA);

    void adapter(String annee, String uai, String code, String libelle, String contenu, String auteur);

    void supprimerAdaptation(String annee, String uai, String code);
}
