package fr.pacte.demande;

import fr.pacte.commun.Quantite;
import fr.pacte.commun.Page;
import fr.pacte.dotation.AjustementDotationService;
import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.LigneDotation;
import fr.pacte.dotation.Quantites;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.Etablissement;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;

@Stateless
@RolesAllowed({Role.R_RECTORAT, Role.R_DASEN, Role.R_IEN, Role.R_CHEF})
public class DemandeServiceBean implements DemandeService {

    @Inject
    private SecuriteService securite;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private DotationService dotations;

    @Inject
    private AjustementDotationService ajustements;

    @Inject
    private DemandeRepository demandes;

    @Inject
    private Event<Notification> notifications;

    @Inject
    private JournalService journal;

    @Override
    @RolesAllowed(Role.R_CHEF)
    public DemandeVue creer(String annee, NatureDemande nature, BigDecimal quantite, String justification, boolean deposer) {
        Utilisateur u = securite.utilisateurCourant();
        Campagne c = referentiel.campagne(annee);
        if (c.statut() == Campagne.Statut.CLOSE) {
            throw new RegleDemandeException("annee", "La campagne " + annee + " est close : plus aucune demande n'est possible.");
        }
        if (nature == null) {
            throw new RegleDemandeException("nature", "Nature de la demande obligatoire.");
        }
        BigDecimal quantum = nature == NatureDemande.PARTS_SUPPLEMENTAIRES
                ? Quantites.quantumParts(c.demiPartsAutorisees()) : Quantites.QUART_IMP;
        String erreur = Quantites.erreur(quantite, quantum, "Quantité demandée", Quantite.Borne.ENVELOPPE);
        if (erreur != null || quantite.signum() == 0) {
            throw new RegleDemandeException("quantite", erreur != null ? erreur : "Quantité demandée : au moins " + Quantites.format(quantum));
        }
        if (justification == null || justification.isBlank() || justification.length() > 4000) {
            throw new RegleDemandeException("justification", "Une justification est obligatoire (4 000 caractères au plus).");
        }
        Etablissement e = referentiel.etablissement(u.uai());
        Demande d = new Demande(annee, e.uai(), e.departement(), nature, quantite, justification.strip(), u.login());
        demandes.ajouter(d);
        journaliser("DEMANDE_CREEE", d, null, d.getJustification());
        if (deposer) {
            deposer(d, u);
        }
        return DemandeVue.de(d, e.denominationPrincipale());
    }

    @Override
    @RolesAllowed(Role.R_CHEF)
    public DemandeVue deposer(long id) {
        Utilisateur u = securite.utilisateurCourant();
        Demande d = demande(id, u);
        deposer(d, u);
        return vue(d);
    }

    private void deposer(Demande d, Utilisateur u) {
        Object avant = journal(d);
        d.deposer(u.login());
        journaliser("DEMANDE_DEPOSEE", d, avant, null);
        notifier(Notification.auDasen(d, "Nouvelle demande de " + d.getUai() + " : " + d.getNature().libelle()
                + " (" + Quantites.format(d.getQuantite()) + ")."));
    }

    @Override
    @RolesAllowed(Role.R_CHEF)
    public DemandeVue retirer(long id, String commentaire) {
        Utilisateur u = securite.utilisateurCourant();
        Demande d = demande(id, u);
        Object avant = journal(d);
        d.retirer(u.login(), commentaire);
        journaliser("DEMANDE_RETIREE", d, avant, commentaire);
        return vue(d);
    }

    @Override
    @RolesAllowed(Role.R_CHEF)
    public DemandeVue joindre(long id, String nomFichier, byte[] pdf) {
        Demande d = demande(id, securite.utilisateurCourant());
        PieceJointe.verifier(nomFichier, pdf);
        Object avant = d.getPieceJointeNom() == null ? null : Evenement.valeurs("pieceJointe", d.getPieceJointeNom());
        d.joindre(nomFichier, pdf);
        journal.enregistrer(Evenement.etablissement("PIECE_JOINTE_AJOUTEE", "DEMANDE", d.getId(), d.getAnneeScolaire(),
                d.getUai(), avant, Evenement.valeurs("pieceJointe", d.getPieceJointeNom(), "octets", pdf.length), null));
        return vue(d);
    }

    @Override
    public byte[] pieceJointe(long id) {
        return demande(id, securite.utilisateurCourant()).getPieceJointe();
    }

    @Override
    @RolesAllowed({Role.R_DASEN, Role.R_IEN})
    public DemandeVue instruire(long id) {
        Utilisateur u = securite.utilisateurCourant();
        Demande d = demandeAInstruire(id, u);
        Object avant = journal(d);
        d.instruire(u.login());
        journaliser("DEMANDE_INSTRUITE", d, avant, null);
        return vue(d);
    }

    @Override
    @RolesAllowed({Role.R_DASEN, Role.R_IEN})
    public DemandeVue decider(Decision decision) {
        Utilisateur u = securite.utilisateurCourant();
        Demande d = demandeAInstruire(decision.demande(), u);
        Object avant = journal(d);
        EtatDemande etat = d.decider(decision.quantiteAccordee(), decision.motif(), u.login());
        journaliser("DEMANDE_DECIDEE", d, avant, d.getMotifDecision());
        BigDecimal accorde = decision.quantiteAccordee();
        if (accorde.signum() > 0) {
            String motif = "Décision " + (u.role() == Role.IEN ? "de l'IEN" : "du DASEN") + " sur la demande n°" + d.getId() + (decision.motif() == null ? "" : " : " + decision.motif());
            switch (d.getNature()) {
                case IMP_SUPPLEMENTAIRES -> ajustements.accorderSupplement(d.getAnneeScolaire(), d.getUai(), false, accorde, motif);
                case PARTS_SUPPLEMENTAIRES -> ajustements.accorderSupplement(d.getAnneeScolaire(), d.getUai(), true, accorde, motif);
                case CONVERSION_DECHARGE -> ajustements.convertirEnDecharge(d.getAnneeScolaire(), d.getUai(), accorde, motif);
            }
        }
        notifier(Notification.auxChefs(d, "Demande n°" + d.getId() + " (" + d.getNature().libelle() + ") : "
                + etat.libelle().toLowerCase() + (accorde.signum() > 0 ? ", " + Quantites.format(accorde) + " accordé(s)" : "")
                + (d.getMotifDecision() == null ? "." : ". Motif : " + d.getMotifDecision())));
        return vue(d);
    }

    @Override
    @RolesAllowed({Role.R_DASEN, Role.R_IEN})
    public List<DemandeVue> deciderEnMasse(List<Decision> decisions) {
        return decisions.stream().map(this::decider).toList();
    }

    @Override
    public Page<DemandeVue> demandes(FiltreDemandes filtre, int page, int taille) {
        return demandes.rechercher(filtre, securite.utilisateurCourant(), page, taille);
    }

    @Override
    public DetailDemande detail(long id) {
        Utilisateur u = securite.utilisateurCourant();
        Demande d = demande(id, u);
        boolean parts = d.getNature() == NatureDemande.PARTS_SUPPLEMENTAIRES;
        LigneDotation enveloppe = u.voitToutLAcademie() || dotations.estPubliee(d.getAnneeScolaire())
                ? dotations.ligne(d.getAnneeScolaire(), d.getUai()) : null;
        List<DemandeVue> precedentes = demandes.rechercher(new FiltreDemandes(null, null, null, d.getUai(), null, null, null),
                u, 0, 50).elements().stream().filter(p -> p.id() != id).toList();
        return new DetailDemande(vue(d), d.getEtapes().stream()
                .map(e -> new EtapeVue(e.getEtat(), e.getDate(), e.getAuteur(), e.getCommentaire())).toList(),
                enveloppe, ajustements.resteReserve(d.getAnneeScolaire(), d.getUai(), parts), precedentes);
    }

    @Override
    @RolesAllowed(Role.R_RECTORAT)
    public List<SyntheseDemandes> synthese(String annee) {
        return demandes.synthese(annee);
    }

    @Override
    @RolesAllowed({Role.R_DASEN, Role.R_IEN, Role.R_CHEF, Role.R_PERSONNEL})
    public List<NotificationVue> notifications() {
        return demandes.notifications(securite.utilisateurCourant(), false).stream().map(Notification::vue).toList();
    }

    @Override
    @RolesAllowed({Role.R_RECTORAT, Role.R_DASEN, Role.R_IEN, Role.R_CHEF, Role.R_PERSONNEL})
    public long nombreNotificationsNonLues() {
        Utilisateur u = securite.utilisateurCourant();
        return u.role() == Role.DASEN || u.role() == Role.IEN || u.role() == Role.CHEF_ETABLISSEMENT || u.role() == Role.PERSONNEL
                ? demandes.notifications(u, true).size() : 0;
    }

    @Override
    @RolesAllowed({Role.R_DASEN, Role.R_IEN, Role.R_CHEF, Role.R_PERSONNEL})
    public void marquerNotificationsLues() {
        demandes.notifications(securite.utilisateurCourant(), true).forEach(Notification::marquerLue);
    }

    /** The request, if the caller's scope covers it: a DASEN his département's, a chef his UAI's. */
    private Demande demande(long id, Utilisateur u) {
        Demande d = demandes.trouver(id);
        if (d == null) {
            throw new RegleDemandeException("id", "Demande inconnue : n°" + id);
        }
        boolean brouillonDAutrui = d.getEtat() == EtatDemande.BROUILLON && u.role() != Role.CHEF_ETABLISSEMENT;
        if (!u.peutVoirEtablissement(d.getUai(), d.getDepartement(), referentiel.circonscription(d.getUai()))
                || u.role() == Role.ANALYSTE || brouillonDAutrui) {
            throw new AccesRefuseException("La demande n°" + id + " est hors de votre périmètre (" + u.libellePerimetre() + ").");
        }
        return d;
    }

    /** A request the caller instructs: an école of a circonscription is its IEN's, the rest the DASEN's. */
    private Demande demandeAInstruire(long id, Utilisateur u) {
        Demande d = demande(id, u);
        if (!u.instruitPour(d.getDepartement(), referentiel.circonscription(d.getUai()))) {
            throw new AccesRefuseException("La demande n°" + id + " relève de l'IEN de la circonscription de l'école "
                    + d.getUai() + " : le DASEN la consulte sans l'instruire.");
        }
        return d;
    }

    /** What the journal keeps of a request: its state and quantities (the justification goes in the reason). */
    private static Object journal(Demande d) {
        return Evenement.valeurs("nature", d.getNature(), "etat", d.getEtat(), "quantite", d.getQuantite(),
                "quantiteAccordee", d.getQuantiteAccordee());
    }

    private void journaliser(String action, Demande d, Object avant, String motif) {
        journal.enregistrer(Evenement.etablissement(action, "DEMANDE", d.getId(), d.getAnneeScolaire(), d.getUai(),
                avant, journal(d), motif));
    }

    private DemandeVue vue(Demande d) {
        return DemandeVue.de(d, referentiel.etablissement(d.getUai()).denominationPrincipale());
    }

    private void notifier(Notification n) {
        demandes.notifier(n);
        notifications.fire(n);
    }
}
