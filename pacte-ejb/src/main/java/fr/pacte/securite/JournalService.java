package fr.pacte.securite;

import fr.pacte.commun.Page;

/**
 * Facade of the audit trail. Every module records its changes here, in the transaction of the change; the
 * rectorat reads every entry, a DASEN those of his département, no other role any.
 */
public interface JournalService {

    /** Records the change with the caller as author; joins the caller's transaction (required). */
    void enregistrer(Evenement evenement);

    /** Entries matching the filter, newest first, within the caller's scope. */
    Page<EntreeJournal> rechercher(FiltreJournal filtre, int page, int taille);

    /**
     * Entries matching the filter within the caller's scope, as CSV (;, UTF-8 with BOM, formulas neutralised),
     * newest first, at most {@link #EXPORT_MAX} rows (a narrower filter gets the rest).
     */
    byte[] exporterCsv(FiltreJournal filtre);

    int EXPORT_MAX = 200_000;
}
