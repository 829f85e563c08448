package fr.pacte.web.attribution;

import fr.pacte.web.ChoixCampagne;
import fr.pacte.referentiel.Voie;
import fr.pacte.attribution.AttributionEnregistree;
import fr.pacte.attribution.AttributionService;
import fr.pacte.attribution.MissionsAcademiques;
import fr.pacte.referentiel.Modalite;
import fr.pacte.attribution.NouvelleAttribution;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.referentiel.TauxImp;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * « Le recteur peut également attribuer des IMP pour des missions académiques » (seed 003): the rectorat's page of
 * académie-level IMP, with the académie's IMP line they are taken from. The rules are the attribution service's.
 */
@Named
@ViewScoped
public class MissionsAcademiquesView implements Serializable {

    @Inject
    private AttributionService attributions;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SecuriteService securite;

    private boolean autorise;
    private List<String> annees;
    private List<MissionCatalogue> missions;
    private List<TauxImp> taux;
    private String annee;
    private MissionsAcademiques etat;
    private final List<String> refus = new ArrayList<>();
    private String identifiant;
    private String codeMission;
    private String tauxImp = "003";
    private Modalite modalite = Modalite.ANNUELLE;
    private LocalDate dateDebut;
    private LocalDate dateFin;

    @PostConstruct
    void initialiser() {
        autorise = securite.utilisateurCourant().role() == Role.RECTORAT;
        if (!autorise) {
            return;
        }
        ChoixCampagne choix = ChoixCampagne.depuis(referentiel);
        annees = choix.getAnnees();
        missions = referentiel.catalogue().stream().filter(m -> Voie.ACADEMIQUE.est(m.voie())).toList();
        codeMission = missions.isEmpty() ? null : missions.get(0).code();
        taux = referentiel.tauxImp();
        annee = choix.getAnnee();
        charger();
    }

    public void charger() {
        etat = annee == null ? null : attributions.academiques(annee);
        Campagne c = annee == null ? null : referentiel.campagne(annee);
        if (c != null) {
            dateDebut = c.dateDebut();
            dateFin = c.dateFin();
        }
    }

    public void attribuer() {
        AttributionEnregistree[] faite = new AttributionEnregistree[1];
        NouvelleAttribution a = new NouvelleAttribution(annee, null, identifiant == null ? null : identifiant.strip(), "IMP",
                codeMission, null, tauxImp, null, dateDebut, dateFin, modalite);
        if (ActionsMission.executer("Mission académique refusée", refus, () -> faite[0] = attributions.attribuer(a))) {
            Messages.info("Mission académique attribuée", a.identifiant() + " – rattachée à " + faite[0].attribution().uai());
            charger();
        }
    }

    public void annuler(long id) {
        if (ActionsMission.executer("Annulation refusée", refus, () -> attributions.annuler(id))) {
            Messages.info("Mission académique annulée", "n° " + id);
            charger();
        }
    }

    public boolean isAutorise() {
        return autorise;
    }

    public List<String> getAnnees() {
        return annees;
    }

    public List<MissionCatalogue> getMissions() {
        return missions;
    }

    public List<TauxImp> getTaux() {
        return taux;
    }

    public MissionsAcademiques getEtat() {
        return etat;
    }

    public List<String> getRefus() {
        return refus;
    }

    public String getAnnee() {
        return annee;
    }

    public void setAnnee(String annee) {
        this.annee = annee;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public void setIdentifiant(String identifiant) {
        this.identifiant = identifiant;
    }

    public String getCodeMission() {
        return codeMission;
    }

    public void setCodeMission(String codeMission) {
        this.codeMission = codeMission;
    }

    public String getTauxImp() {
        return tauxImp;
    }

    public void setTauxImp(String tauxImp) {
        this.tauxImp = tauxImp;
    }

    public Modalite getModalite() {
        return modalite;
    }

    public void setModalite(Modalite modalite) {
        this.modalite = modalite;
    }

    public LocalDate getDateDebut() {
        return dateDebut;
    }

    public void setDateDebut(LocalDate dateDebut) {
        this.dateDebut = dateDebut;
    }

    public LocalDate getDateFin() {
        return dateFin;
    }

    public void setDateFin(LocalDate dateFin) {
        this.dateFin = dateFin;
    }
}
