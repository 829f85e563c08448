package fr.pacte.suivi;

/**
 * The répartition of an établissement as a PDF for the conseil pédagogique and the conseil d'administration
 * (seed 003: « présentées, pour avis, au conseil d'administration, après avis du conseil pédagogique … entre les
 * mois de février et de juin »), within the caller's scope.
 */
public interface DocumentConseilsService {

    byte[] pdf(String annee, String uai);
}
