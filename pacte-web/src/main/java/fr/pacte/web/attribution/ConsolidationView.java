package fr.pacte.web.attribution;

import fr.pacte.web.ChoixCampagne;
import fr.pacte.attribution.FiltreConsolidation;
import fr.pacte.commun.tableur.FormatTableau;
import fr.pacte.attribution.LigneConsolidation;
import fr.pacte.attribution.ConsultationAttributionsService;
import fr.pacte.attribution.TotauxConsolidation;
import fr.pacte.referentiel.Departement;
import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import fr.pacte.web.ModelePagine;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.List;

/**
 * The académie's consolidated view of the missions attributed in every établissement (a DASEN: his département,
 * applied by the service), with filters, totals over the whole selection and an XLSX export of it.
 */
@Named
@ViewScoped
public class ConsolidationView implements Serializable {

    @Inject
    private ConsultationAttributionsService attributions;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SecuriteService securite;

    private boolean autorise;
    private List<String> annees;
    private List<Departement> departements;
    private List<MissionCatalogue> missions;
    private String annee;
    private String departement;
    private String nature;
    private String educationPrioritaire;
    private String dispositif;
    private String codeMission;
    private TotauxConsolidation totaux;
    private ModelePagine<LigneConsolidation> modele;

    @PostConstruct
    void initialiser() {
        Utilisateur u = securite.utilisateurCourant();
        autorise = u.role() == Role.RECTORAT || u.role() == Role.DASEN;
        if (!autorise) {
            return;
        }
        ChoixCampagne choix = ChoixCampagne.depuis(referentiel);
        annees = choix.getAnnees();
        departements = referentiel.departements();
        missions = referentiel.catalogue();
        annee = choix.getAnnee();
        modele = new ModelePagine<>((tri, asc, page, taille) -> attributions.consolidation(filtre(), page, taille),
                l -> String.valueOf(l.id()));
        filtrer();
    }

    public void filtrer() {
        totaux = annee == null ? null : attributions.totaux(filtre());
    }

    /** Written by the facade straight into the download as it reads the lines (one query, one transaction). */
    public StreamedContent exporterXlsx() {
        FiltreConsolidation f = filtre();
        return DefaultStreamedContent.builder().name("missions-" + annee + ".xlsx").contentType(FormatTableau.XLSX.type())
                .writer(sortie -> attributions.exporterConsolidation(f, FormatTableau.XLSX, sortie)).build();
    }

    private FiltreConsolidation filtre() {
        return new FiltreConsolidation(annee, departement, nature, educationPrioritaire, dispositif, codeMission);
    }

    public boolean isAutorise() {
        return autorise;
    }

    public boolean isDasen() {
        return securite.utilisateurCourant().role() == Role.DASEN;
    }

    public List<String> getAnnees() {
        return annees;
    }

    public List<Departement> getDepartements() {
        return departements;
    }

    public List<MissionCatalogue> getMissions() {
        return missions;
    }

    public TotauxConsolidation getTotaux() {
        return totaux;
    }

    public ModelePagine<LigneConsolidation> getModele() {
        return modele;
    }

    public String getAnnee() {
        return annee;
    }

    public void setAnnee(String annee) {
        this.annee = annee;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = nature;
    }

    public String getEducationPrioritaire() {
        return educationPrioritaire;
    }

    public void setEducationPrioritaire(String educationPrioritaire) {
        this.educationPrioritaire = educationPrioritaire;
    }

    public String getDispositif() {
        return dispositif;
    }

    public void setDispositif(String dispositif) {
        this.dispositif = dispositif;
    }

    public String getCodeMission() {
        return codeMission;
    }

    public void setCodeMission(String codeMission) {
        this.codeMission = codeMission;
    }
}
