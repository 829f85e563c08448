package fr.pacte.attribution;

/**
 * Whether a personnel declared himself volunteer in an établissement this campaign: the suivi records it, the
 * attribution rule needs it when the campaign requires volunteering. Declared here and implemented by the suivi, so
 * that attribution does not depend on the module built on it.
 */
public interface Volontariat {

    boolean volontaire(String annee, String uai, String identifiant);
}
