package fr.pacte.demande;

import fr.pacte.commun.Page;
import fr.pacte.securite.Utilisateur;

import java.util.List;

public interface DemandeRepository {

    Demande trouver(long id);

    void ajouter(Demande demande);

    Page<DemandeVue> rechercher(FiltreDemandes filtre, Utilisateur perimetre, int page, int taille);

    List<SyntheseDemandes> synthese(String annee);

    void notifier(Notification notification);

    List<Notification> notifications(Utilisateur destinataire, boolean nonLuesSeulement);

    /** Whether the same recipient already has this very message unread (a repeated announcement is not stored twice). */
    boolean dejaNonLue(Notification notification);
}
