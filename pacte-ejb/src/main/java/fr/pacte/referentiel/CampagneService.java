package fr.pacte.referentiel;

import java.util.List;

/**
 * Facade of a campaign's life, for the rectorat: create the next year from the last one, set its settings, open it,
 * close it. Every change is versioned (referentiel.campagne_historique) and journaled.
 */
public interface CampagneService {

    /**
     * Creates the campaign in preparation, its settings copied from the year before (dates moved one year) or, for an
     * académie's first year, the texts' defaults.
     *
     * @throws fr.pacte.commun.ConflitException if it exists already
     */
    Campagne creer(String annee);

    /** @throws fr.pacte.commun.ConflitException if {@code p.version()} is not the campaign's version or it is closed */
    Campagne parametrer(String annee, ParametresCampagne p);

    /** PREPARATION → OUVERTE. */
    Campagne ouvrir(String annee, long version);

    /**
     * OUVERTE → CLOSE: each envelope's consumption is frozen (for next year's reconduction), the year becomes
     * read-only except its payments still due.
     */
    Campagne clore(String annee, long version);

    /** The versions of the campaign's settings, newest first. */
    List<VersionCampagne> historique(String annee);
}
