package fr.pacte.securite;

import fr.pacte.commun.Page;

import java.util.List;

/**
 * Facade of the audit trail. Every module records its changes here, in the transaction of the change; the
 * rectorat reads every entry, a DASEN those of his département, no other role any.
 */
public interface JournalService {

    /** Records the change with the caller as author; joins the caller's transaction (required). */
    void enregistrer(Evenement evenement);

    /** Records several changes of one write (a formula, a bulk action, an import) in one batch, in the caller's transaction. */
    void enregistrerTous(List<Evenement> evenements);

    /**
     * Records the event in a transaction of its own, kept even if the caller's rolls back: a refused import, a
     * warehouse load started outside any transaction.
     */
    void enregistrerSepare(Evenement evenement);

    /**
     * Records an access event (a failed login, a refused request) in a transaction of its own, with the author given:
     * the login attempted by an anonymous caller (cut to the column's length), or the authenticated caller.
     */
    void enregistrerAcces(String login, String action, String chemin, String motif);

    /** Entries matching the filter, newest first, within the caller's scope. */
    Page<EntreeJournal> rechercher(FiltreJournal filtre, int page, int taille);

    /**
     * Entries matching the filter within the caller's scope, as CSV (;, UTF-8 with BOM, formulas neutralised),
     * newest first, at most {@link #EXPORT_MAX} rows (a narrower filter gets the rest).
     */
    byte[] exporterCsv(FiltreJournal filtre);

    int EXPORT_MAX = 200_000;

    /** Actions of the access log. */
    String CONNEXION = "CONNEXION";
    String CONNEXION_ECHOUEE = "CONNEXION_ECHOUEE";
    String ACCES_REFUSE = "ACCES_REFUSE";
    /** A login or a source address locked after failed logins (objet_id: the login or the address). */
    String CONNEXION_VERROUILLEE = "CONNEXION_VERROUILLEE";
    String MOT_DE_PASSE_CHANGE = "MOT_DE_PASSE_CHANGE";
}
