package fr.pacte.referentiel;

import java.util.List;

/** The campaigns (années scolaires) and their history of settings. */
public interface CampagneRepository {

    /** The campaign, or null. */
    CampagneEntite trouver(String annee);

    /** The campaign locked for writing, or null. */
    CampagneEntite verrouiller(String annee);

    /** Every campaign, the latest first. */
    List<CampagneEntite> toutes();

    /** The latest open campaign, or null. */
    CampagneEntite ouverte();

    List<VersionCampagne> historique(String annee);

    void ajouter(CampagneEntite campagne);

    /**
     * Names the application's user for the history trigger (V23) of what this transaction writes next: called before
     * the change, since any query would first flush what is pending.
     */
    void nommerAuteur(String login);

    /** Writes now, so that the history trigger and the checks run inside the caller's request. */
    void ecrire();
}
