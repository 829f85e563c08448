package fr.pacte.web.attribution;

import fr.pacte.web.ChoixCampagne;
import fr.pacte.commun.Page;
import fr.pacte.attribution.AttributionEnregistree;
import fr.pacte.attribution.AttributionService;
import fr.pacte.attribution.ConsultationAttributionsService;
import fr.pacte.suivi.DocumentConseilsService;
import fr.pacte.suivi.LigneSuivi;
import fr.pacte.suivi.PersonnelVolontaire;
import fr.pacte.attribution.ResteEnveloppe;
import fr.pacte.suivi.SuiviService;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.Etablissement;
import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.referentiel.TauxImp;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import fr.pacte.web.Messages;
import fr.pacte.web.ModelePagine;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The chef's répartition of missions in his établissement (the rectorat chooses one): the envelope that remains,
 * the missions to fill (RCD first), the volunteers, the attributions with their suivi, the dates of the conseils
 * and, in LP and LPO, the repartition sheet of Annexe 1 (seed 000). Opens on {@code ?annee=&uai=} when given.
 */
@Named
@ViewScoped
public class RepartitionView implements Serializable {

    @Inject
    private SuiviService suivi;

    @Inject
    private DocumentConseilsService documentConseils;

    @Inject
    private AttributionService attributions;

    @Inject
    private ConsultationAttributionsService consultation;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SecuriteService securite;

    private boolean autorise;
    private boolean choixEtablissement;
    private List<String> annees;
    private boolean versCollegue;
    private List<TauxImp> taux;
    private String annee;
    private String uai;
    private String uaiSaisi;
    private Etablissement etablissement;
    private ResteEnveloppe reste;
    private List<MissionCatalogue> missions = List.of();
    private List<LigneSuivi> lignes = List.of();
    private final SaisieConseils conseils = new SaisieConseils();
    private boolean volontairesSeulement;
    private ModelePagine<PersonnelVolontaire> personnels;
    private final FormulaireAttribution formulaire = new FormulaireAttribution();
    private final SuiviAttribution dialogue = new SuiviAttribution();
    private final FicheRepartitionLp fiche = new FicheRepartitionLp();
    private final List<String> refus = new ArrayList<>();
    /** The personnels of the établissement for the form's menus, volunteers first. */
    private List<PersonnelVolontaire> choixPersonnels = List.of();

    @PostConstruct
    void initialiser() {
        Utilisateur u = securite.utilisateurCourant();
        autorise = u.role() == Role.CHEF_ETABLISSEMENT || u.role() == Role.RECTORAT;
        if (!autorise) {
            return;
        }
        choixEtablissement = u.role() == Role.RECTORAT;
        taux = referentiel.tauxImp();
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        ChoixCampagne choix = ChoixCampagne.depuis(referentiel);
        annees = choix.getAnnees();
        annee = choix.getAnnee();
        uaiSaisi = choixEtablissement ? p.get("uai") : u.uai();
        personnels = new ModelePagine<>((tri, asc, page, taille) -> suivi.personnels(annee, uai, volontairesSeulement, page, taille),
                PersonnelVolontaire::identifiant);
        ouvrir();
    }

    /** Opens the chosen établissement and campaign (the rectorat types a UAI; a chef always has his own). */
    public void ouvrir() {
        refus.clear();
        etablissement = null;
        uai = null;
        if (annee == null || uaiSaisi == null || uaiSaisi.isBlank()) {
            return;
        }
        String choisi = uaiSaisi.strip().toUpperCase();
        if (ActionsMission.executer("Établissement inaccessible", refus, () -> etablissement = referentiel.etablissement(choisi))) {
            uai = choisi;
            missions = consultation.missionsAPourvoir(annee, uai);
            conseils.lire(suivi.conseils(annee, uai));
            Campagne c = referentiel.campagne(annee);
            versCollegue = c.redeploiementVersCollegue();
            formulaire.vider(c.dateDebut(), c.dateFin());
            fiche.vider(c.plafondPartsVoiePro());
            relire();
        }
    }

    /** The envelope that remains and the attributions, after every change. */
    void relire() {
        reste = consultation.reste(annee, uai);
        lignes = suivi.suivi(annee, uai);
        choixPersonnels = suivi.personnels(annee, uai, false, 0, Page.TAILLE_MAX).elements().stream()
                .sorted(Comparator.comparing((PersonnelVolontaire p) -> !p.volontaire())).toList();
        if (fiche.getIdentifiant() != null) {
            fiche.remplir(missions, lignes, consultation.partsDuPersonnel(annee, fiche.getIdentifiant()));
        }
    }

    /** The répartition as a PDF for the conseils (seed 003), with the dates entered above. */
    public StreamedContent getDocumentConseils() {
        byte[] pdf = documentConseils.pdf(annee, uai);
        return DefaultStreamedContent.builder().name("repartition-conseils-" + annee + "-" + uai + ".pdf")
                .contentType("application/pdf").contentLength((long) pdf.length)
                .stream(() -> new java.io.ByteArrayInputStream(pdf)).build();
    }

    public void missionChoisie() {
        formulaire.suivreLeCatalogue(missions);
    }

    public void attribuer() {
        AttributionEnregistree[] faite = new AttributionEnregistree[1];
        if (ActionsMission.executer("Attribution refusée", refus, () -> faite[0] = attributions.attribuer(formulaire.nouvelle(annee, uai)))) {
            Messages.info(faite[0].creee() ? "Mission attribuée" : "Mission déjà attribuée (n° " + faite[0].attribution().id()
                    + "), rien n'a changé", formulaire.getCodeMission() + " à " + formulaire.getIdentifiant());
            Campagne c = referentiel.campagne(annee);
            formulaire.vider(c.dateDebut(), c.dateFin());
        }
        relire();
    }

    public void annuler() {
        LigneSuivi l = dialogue.getLigne();
        if (l != null && ActionsMission.executer("Annulation impossible", refus, () -> attributions.annuler(l.id()))) {
            Messages.info("Attribution annulée", l.libelleMission() + " – " + l.prenom() + " " + l.nom());
        }
        relire();
    }

    public void basculerVolontaire(PersonnelVolontaire p) {
        if (ActionsMission.executer("Volontariat non enregistré", refus,
                () -> suivi.marquerVolontaire(annee, uai, p.identifiant(), !p.volontaire()))) {
            Messages.info(p.volontaire() ? "Volontariat retiré" : "Volontaire enregistré", p.prenom() + " " + p.nom());
        }
        relire();
    }

    public void enregistrerConseils() {
        if (ActionsMission.executer("Dates non enregistrées", refus,
                () -> suivi.fixerConseils(annee, uai, conseils.getPedagogique(), conseils.getAdministration()))) {
            Messages.info("Dates des conseils enregistrées", "Campagne " + annee);
        }
    }

    public void relever() {
        dialogue.relever(suivi, refus);
        relire();
    }

    public void redeployer() {
        dialogue.redeployer(suivi, refus);
        relire();
    }

    public void enregistrerBilan() {
        dialogue.enregistrerBilan(suivi, refus);
        relire();
    }

    public void choisirFiche() {
        fiche.remplir(missions, lignes, consultation.partsDuPersonnel(annee, fiche.getIdentifiant()));
    }

    public boolean isFicheLp() {
        return etablissement != null && etablissement.nature().ficheRepartitionLp();
    }

    /**
     * Hour-based active attributions of the établissement the redéploiement may choose: the same agent's (seed 000), a
     * colleague's too when the campaign allows a transfer of the hours and their parts (V18).
     */
    public List<LigneSuivi> getCiblesRedeploiement() {
        return lignes.stream().filter(l -> !l.annulee() && l.enHeures() && dialogue.getLigne() != null
                && l.id() != dialogue.getLigne().id()
                && (versCollegue || l.identifiant().equals(dialogue.getLigne().identifiant()))).toList();
    }

    public SaisieConseils getConseils() {
        return conseils;
    }

    public boolean isAutorise() {
        return autorise;
    }

    public boolean isChoixEtablissement() {
        return choixEtablissement;
    }

    public List<String> getAnnees() {
        return annees;
    }

    public List<TauxImp> getTaux() {
        return taux;
    }

    public String getAnnee() {
        return annee;
    }

    public void setAnnee(String annee) {
        this.annee = annee;
    }

    public String getUai() {
        return uai;
    }

    public String getUaiSaisi() {
        return uaiSaisi;
    }

    public void setUaiSaisi(String uaiSaisi) {
        this.uaiSaisi = uaiSaisi;
    }

    public Etablissement getEtablissement() {
        return etablissement;
    }

    public ResteEnveloppe getReste() {
        return reste;
    }

    public List<MissionCatalogue> getMissions() {
        return missions;
    }

    public List<LigneSuivi> getLignes() {
        return lignes;
    }

    public boolean isVolontairesSeulement() {
        return volontairesSeulement;
    }

    public void setVolontairesSeulement(boolean volontairesSeulement) {
        this.volontairesSeulement = volontairesSeulement;
    }

    public ModelePagine<PersonnelVolontaire> getPersonnels() {
        return personnels;
    }

    public FormulaireAttribution getFormulaire() {
        return formulaire;
    }

    public SuiviAttribution getDialogue() {
        return dialogue;
    }

    public FicheRepartitionLp getFiche() {
        return fiche;
    }

    public List<PersonnelVolontaire> getChoixPersonnels() {
        return choixPersonnels;
    }

    public List<String> getRefus() {
        return refus;
    }
}
