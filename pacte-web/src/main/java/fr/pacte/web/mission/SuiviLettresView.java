package fr.pacte.web.mission;

import fr.pacte.mission.SuiviLettres;
import fr.pacte.mission.SuiviLettresService;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/** The follow-up of the letters against the campaign's deadline (suivi-lettres.xhtml), with the reminders. */
@Named
@ViewScoped
public class SuiviLettresView implements Serializable {

    @Inject
    private SuiviLettresService suivi;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SecuriteService securite;

    private List<String> annees = List.of();
    private String annee;
    private String departement;
    private String uai;
    private SuiviLettres tableau;

    @PostConstruct
    void charger() {
        List<Campagne> campagnes = referentiel.campagnes().stream()
                .sorted(Comparator.comparing(Campagne::getAnneeScolaire).reversed()).toList();
        annees = campagnes.stream().map(Campagne::getAnneeScolaire).toList();
        annee = campagnes.stream().filter(c -> c.getStatut() == Campagne.Statut.OUVERTE).map(Campagne::getAnneeScolaire)
                .findFirst().orElse(annees.isEmpty() ? null : annees.get(0));
        String demandee = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("annee");
        if (demandee != null && annees.contains(demandee)) {
            annee = demandee;
        }
        rechercher();
    }

    public void rechercher() {
        tableau = annee == null ? null : suivi.tableau(annee, departement, uai);
    }

    public void relancer() {
        SuiviLettresService.Relance r = suivi.relancer(annee, departement, uai);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "Relances envoyées : " + r.chefs() + " chef(s) d'établissement, " + r.agents() + " agent(s).", null));
        rechercher();
    }

    public boolean isFiltres() {
        return securite.utilisateurCourant().role() == Role.RECTORAT;
    }

    public String getDateLimite() {
        return tableau == null || tableau.dateLimite() == null ? "–"
                : tableau.dateLimite().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public List<String> getAnnees() {
        return annees;
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

    public String getUai() {
        return uai;
    }

    public void setUai(String uai) {
        this.uai = uai;
    }

    public SuiviLettres getTableau() {
        return tableau;
    }
}
