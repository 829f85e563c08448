package fr.pacte.web.paiement;

import fr.pacte.paiement.EcheancierPersonnel;
import fr.pacte.paiement.PaiementService;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.web.ChoixCampagne;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The payments of one personnel for the year: missions, instalments, total, and the voie professionnelle cap. */
@Named
@ViewScoped
public class PaiementsPersonnelView implements Serializable {

    @Inject
    private PaiementService paiements;

    @Inject
    private ReferentielService referentiel;

    private ChoixCampagne choix;
    private String identifiant;
    private EcheancierPersonnel echeancier;
    private String refus;

    @PostConstruct
    void initialiser() {
        identifiant = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("identifiant");
        choix = ChoixCampagne.depuis(referentiel);
        lire();
    }

    public void lire() {
        echeancier = null;
        refus = null;
        if (identifiant == null || identifiant.isBlank() || choix.getAnnee() == null) {
            return;
        }
        try {
            echeancier = paiements.personnel(choix.getAnnee(), identifiant.trim());
        } catch (AccesRefuseException e) {
            refus = e.getMessage();
        }
    }

    public ChoixCampagne getChoix() {
        return choix;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public void setIdentifiant(String identifiant) {
        this.identifiant = identifiant;
    }

    public EcheancierPersonnel getEcheancier() {
        return echeancier;
    }

    public String getRefus() {
        return refus;
    }
}
