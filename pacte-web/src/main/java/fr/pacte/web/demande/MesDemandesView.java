package fr.pacte.web.demande;

import fr.pacte.demande.DemandeService;
import fr.pacte.demande.DemandeVue;
import fr.pacte.demande.FiltreDemandes;
import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.LigneDotation;
import fr.pacte.dotation.RegleDotationException;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import fr.pacte.web.Messages;
import fr.pacte.web.ModelePagine;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;

/**
 * The chef d'établissement's requests: his envelope, the "Nouvelle demande" form, his list with the actions each
 * state allows (déposer, retirer, joindre un PDF) and the detail of one request with its steps.
 */
@Named
@ViewScoped
public class MesDemandesView implements Serializable {

    @Inject
    private DemandeService demandes;

    @Inject
    private DotationService dotations;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SecuriteService securite;

    private boolean autorise;
    private String annee;
    private String uai;
    private LigneDotation enveloppe;
    private ModelePagine<DemandeVue> modele;
    private final FormulaireDemande formulaire = new FormulaireDemande();
    private final FicheDemande fiche = new FicheDemande();
    /** The row a dialog (retrait, pièce jointe) is about. */
    private DemandeVue cible;
    private String commentaireRetrait;
    private transient UploadedFile pieceJointe;

    @PostConstruct
    void initialiser() {
        Utilisateur u = securite.utilisateurCourant();
        autorise = u.role() == Role.CHEF_ETABLISSEMENT;
        if (!autorise) {
            return;
        }
        uai = u.uai();
        Campagne c = referentiel.campagneOuverte();
        annee = c == null ? null : c.anneeScolaire();
        modele = new ModelePagine<>((tri, asc, page, taille) -> demandes.demandes(FiltreDemandes.toutes(), page, taille),
                d -> String.valueOf(d.id()));
        lireEnveloppe();
        demandes.marquerNotificationsLues();
    }

    private void lireEnveloppe() {
        try {
            enveloppe = annee != null && dotations.estPubliee(annee) ? dotations.ligne(annee, uai) : null;
        } catch (RegleDotationException e) {
            enveloppe = null;
        }
    }

    public void enregistrerBrouillon() {
        creer(false);
    }

    public void deposerNouvelle() {
        creer(true);
    }

    private void creer(boolean deposer) {
        if (annee == null) {
            Messages.erreur("Aucune campagne ouverte", "Les demandes se font sur la campagne ouverte : il n'y en a pas.");
            return;
        }
        DemandeVue[] creee = new DemandeVue[1];
        if (!Actions.executer("Demande non enregistrée", () -> creee[0] = demandes.creer(annee, formulaire.getNature(),
                formulaire.getQuantite(), formulaire.getJustification(), deposer))) {
            return;
        }
        long id = creee[0].id();
        Messages.info("Demande n°" + id + (deposer ? " déposée" : " enregistrée en brouillon"),
                deposer ? "Le DASEN est averti de votre demande." : "Déposez-la quand elle est prête.");
        if (formulaire.isAvecFichier()) {
            UploadedFile f = formulaire.getFichier();
            Actions.executer("Demande n°" + id + " enregistrée sans sa pièce jointe",
                    () -> demandes.joindre(id, f.getFileName(), f.getContent()));
        }
        formulaire.vider();
        ouvrir(id);
    }

    public void deposer(DemandeVue d) {
        if (Actions.executer("Dépôt impossible", () -> demandes.deposer(d.id()))) {
            Messages.info("Demande n°" + d.id() + " déposée", "Le DASEN est averti de votre demande.");
            ouvrir(d.id());
        }
    }

    public void preparer(DemandeVue d) {
        cible = d;
        commentaireRetrait = null;
        pieceJointe = null;
    }

    public void retirer() {
        if (cible != null && Actions.executer("Retrait impossible", () -> demandes.retirer(cible.id(), commentaireRetrait))) {
            Messages.info("Demande n°" + cible.id() + " retirée", "Elle ne sera pas instruite.");
            ouvrir(cible.id());
        }
    }

    public void joindre() {
        if (cible == null) {
            return;
        }
        if (pieceJointe == null || pieceJointe.getSize() == 0) {
            Messages.erreur("Aucun fichier", "Choisissez un fichier PDF à joindre.");
            return;
        }
        UploadedFile f = pieceJointe;
        if (Actions.executer("Pièce jointe refusée", () -> demandes.joindre(cible.id(), f.getFileName(), f.getContent()))) {
            Messages.info("Pièce jointe enregistrée", "« " + f.getFileName() + " » est jointe à la demande n°" + cible.id() + ".");
            ouvrir(cible.id());
        }
        pieceJointe = null;
    }

    public void ouvrir(DemandeVue d) {
        Actions.executer("Demande illisible", () -> fiche.ouvrir(demandes, d));
        lireEnveloppe();
    }

    private void ouvrir(long id) {
        Actions.executer("Demande illisible", () -> fiche.ouvrir(demandes, id));
        lireEnveloppe();
    }

    public StreamedContent telechargerPieceJointe() {
        return FicheDemande.pieceJointe(demandes, fiche.getDemande());
    }

    public boolean isAutorise() {
        return autorise;
    }

    public String getAnnee() {
        return annee;
    }

    public LigneDotation getEnveloppe() {
        return enveloppe;
    }

    public ModelePagine<DemandeVue> getModele() {
        return modele;
    }

    public FormulaireDemande getFormulaire() {
        return formulaire;
    }

    public FicheDemande getFiche() {
        return fiche;
    }

    public DemandeVue getCible() {
        return cible;
    }

    public String getCommentaireRetrait() {
        return commentaireRetrait;
    }

    public void setCommentaireRetrait(String commentaireRetrait) {
        this.commentaireRetrait = commentaireRetrait;
    }

    public UploadedFile getPieceJointe() {
        return pieceJointe;
    }

    public void setPieceJointe(UploadedFile pieceJointe) {
        this.pieceJointe = pieceJointe;
    }
}
