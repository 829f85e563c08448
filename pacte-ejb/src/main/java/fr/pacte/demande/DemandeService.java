package fr.pacte.demande;

import fr.pacte.commun.Page;

import java.math.BigDecimal;
import java.util.List;

/**
 * Facade of the demande module. A chef files requests for his UAI; the DASEN of the département instructs and
 * decides them, and a decision changes the envelope in the same transaction. Scope is enforced here for every
 * entry point: a DASEN never sees another département's request, a chef another UAI's.
 */
public interface DemandeService {

    /** Taille maximale d'une pièce jointe. */
    int PIECE_JOINTE_MAX = 2 * 1024 * 1024;

    DemandeVue creer(String annee, NatureDemande nature, BigDecimal quantite, String justification, boolean deposer);

    DemandeVue deposer(long id);

    DemandeVue retirer(long id, String commentaire);

    DemandeVue joindre(long id, String nomFichier, byte[] pdf);

    /** The attachment's bytes, within the caller's scope. */
    byte[] pieceJointe(long id);

    DemandeVue instruire(long id);

    DemandeVue decider(Decision decision);

    /** Several decisions in one transaction: all are recorded, or none. */
    List<DemandeVue> deciderEnMasse(List<Decision> decisions);

    Page<DemandeVue> demandes(FiltreDemandes filtre, int page, int taille);

    DetailDemande detail(long id);

    List<SyntheseDemandes> synthese(String annee);

    List<NotificationVue> notifications();

    long nombreNotificationsNonLues();

    void marquerNotificationsLues();
}
