package fr.pacte.web.paiement;

import fr.pacte.paiement.EcheancesEtablissement;
import fr.pacte.paiement.MissionPayee;
import fr.pacte.paiement.PaiementService;
import fr.pacte.paiement.ReglePaiementException;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import fr.pacte.web.Messages;
import fr.pacte.web.ChoixCampagne;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The payments of one établissement: its missions with what was paid, every instalment, the totals per month,
 * and the service fait of the one-off missions (recorded by the chef). A chef sees his UAI; a DASEN or the
 * rectorat opens the page with {@code ?uai=}.
 */
@Named
@ViewScoped
public class PaiementsEtablissementView implements Serializable {

    @Inject
    private PaiementService paiements;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SecuriteService securite;

    private boolean chef;
    private ChoixCampagne choix;
    private String uai;
    private EcheancesEtablissement echeances;
    private String refus;

    @PostConstruct
    void initialiser() {
        Utilisateur u = securite.utilisateurCourant();
        chef = u.role() == Role.CHEF_ETABLISSEMENT;
        uai = chef ? u.uai() : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("uai");
        choix = ChoixCampagne.depuis(referentiel);
        lire();
    }

    public void lire() {
        echeances = null;
        refus = null;
        if (uai == null || uai.isBlank() || choix.getAnnee() == null) {
            return;
        }
        try {
            echeances = paiements.etablissement(choix.getAnnee(), uai.trim().toUpperCase());
        } catch (AccesRefuseException e) {
            refus = e.getMessage();
        }
    }

    public void serviceFait(MissionPayee m) {
        try {
            paiements.enregistrerServiceFait(m.attributionId());
            Messages.info("Service fait enregistré", "La mission " + m.codeMission() + " sera payée le mois suivant sa fin.");
        } catch (ReglePaiementException | AccesRefuseException e) {
            Messages.erreur("Service fait refusé", e.getMessage());
        }
        lire();
    }

    public boolean isChef() {
        return chef;
    }

    public ChoixCampagne getChoix() {
        return choix;
    }

    public String getUai() {
        return uai;
    }

    public void setUai(String uai) {
        this.uai = uai;
    }

    public EcheancesEtablissement getEcheances() {
        return echeances;
    }

    public String getRefus() {
        return refus;
    }
}
