package fr.pacte.lettre;

/**
 * Facade of the letters' follow-up: the table of letters not signed or not accepted by the campaign's
 * date_limite_lettres, and the reminders. The rectorat sees the académie (a département or a UAI to narrow it), a
 * DASEN his département, a chef his établissement; other roles are refused.
 */
public interface SuiviLettresService {

    /** Days before date_limite_lettres when the chefs and agents still concerned are reminded automatically. */
    int JOURS_AVANT_ECHEANCE = 14;

    SuiviLettres tableau(String annee, String departement, String uai);

    /**
     * Reminds, within the caller's scope narrowed by the filters, the chef of each établissement with letters to
     * sign and each agent with a letter to accept (in-application notifications), and journals it.
     */
    Relance relancer(String annee, String departement, String uai);

    /** What a reminder reached: établissements whose chef was reminded, agents reminded. */
    record Relance(int chefs, int agents) {
    }
}
