package fr.pacte.entrepot.exploration;

/**
 * Facade of the exploration, for analysts (and the rectorat): any two dimensions of the warehouse by one measure,
 * always masked by the statistical secret, never a name.
 */
public interface ExplorationService {

    /** The published pivot; refuses a campaign not loaded and a question the warehouse cannot answer. */
    Pivot pivot(Question question);

    /** Journals an export of the pivot (entrepot.edition), so that a figure published can be traced back. */
    void journaliserExport(Pivot pivot, String format, long dureeMs);
}
