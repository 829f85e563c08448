package fr.pacte.web.paiement;

import fr.pacte.paiement.EcheancierPersonnel;
import fr.pacte.paiement.PaiementService;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.AccesRefuseException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The payments of one personnel for the year: missions, instalments, total, and the voie professionnelle cap. */
@Named
@ViewScoped
public class PaiementsPersonnelView implements Serializable {

    @Inject
    private PaiementService paiements;

    @Inject
    private ReferentielService referentiel;

    private List<String> annees = List.of();
    private String annee;
    private String identifiant;
    private EcheancierPersonnel echeancier;
    private String refus;

    @PostConstruct
    void initialiser() {
        identifiant = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("identifiant");
        annees = referentiel.campagnes().stream().map(Campagne::getAnneeScolaire).toList();
        Campagne ouverte = referentiel.campagneOuverte();
        annee = ouverte != null ? ouverte.getAnneeScolaire() : annees.isEmpty() ? null : annees.get(0);
        lire();
    }

    public void lire() {
        echeancier = null;
        refus = null;
        if (identifiant == null || identifiant.isBlank() || annee == null) {
            return;
        }
        try {
            echeancier = paiements.personnel(annee, identifiant.trim());
        } catch (AccesRefuseException e) {
            refus = e.getMessage();
        }
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
