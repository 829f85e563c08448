package fr.pacte.web.lettre;

import fr.pacte.lettre.SuiviLettres;
import fr.pacte.lettre.SuiviLettresService;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.web.ChoixCampagne;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

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

    private ChoixCampagne choix;
    private String departement;
    private String uai;
    private SuiviLettres tableau;

    @PostConstruct
    void charger() {
        choix = ChoixCampagne.depuis(referentiel);
        rechercher();
    }

    public void rechercher() {
        tableau = choix.getAnnee() == null ? null : suivi.tableau(choix.getAnnee(), departement, uai);
    }

    public void relancer() {
        SuiviLettresService.Relance r = suivi.relancer(choix.getAnnee(), departement, uai);
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

    public ChoixCampagne getChoix() {
        return choix;
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
