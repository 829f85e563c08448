package fr.pacte.web;

import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;
import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.List;

/**
 * The campaign a page shows and its chooser's list (the most recent first): {@code ?annee=} if given, else the open
 * one, else the most recent. One for every page that chooses a campaign.
 */
public class ChoixCampagne implements Serializable {

    private final List<String> annees;
    private String annee;

    private ChoixCampagne(List<String> annees, String annee) {
        this.annees = annees;
        this.annee = annee;
    }

    public static ChoixCampagne depuis(ReferentielService referentiel) {
        List<String> annees = referentiel.campagnes().stream().map(Campagne::anneeScolaire).toList();
        String demandee = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("annee");
        if (annees.contains(demandee)) {
            return new ChoixCampagne(annees, demandee);
        }
        Campagne ouverte = referentiel.campagneOuverte();
        return new ChoixCampagne(annees, ouverte != null ? ouverte.anneeScolaire() : annees.isEmpty() ? null : annees.get(0));
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
}
