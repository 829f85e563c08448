package fr.pacte.web.paiement;

import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;
import jakarta.faces.context.FacesContext;

import java.io.Serializable;
import java.util.List;

/** The campaign a payment page shows: {@code ?annee=} if given, else the open one, any other from the list. */
public class ChoixCampagne implements Serializable {

    private final List<String> annees;
    private String annee;

    private ChoixCampagne(List<String> annees, String annee) {
        this.annees = annees;
        this.annee = annee;
    }

    static ChoixCampagne depuis(ReferentielService referentiel) {
        List<String> annees = referentiel.campagnes().stream().map(Campagne::getAnneeScolaire).toList();
        String demandee = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("annee");
        if (annees.contains(demandee)) {
            return new ChoixCampagne(annees, demandee);
        }
        Campagne ouverte = referentiel.campagneOuverte();
        return new ChoixCampagne(annees, ouverte != null ? ouverte.getAnneeScolaire() : annees.isEmpty() ? null : annees.get(0));
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
