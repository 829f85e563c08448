package fr.pacte.web.paiement;

import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;

import java.io.Serializable;
import java.util.List;

/** The campaign a payment page shows: the open one by default, any other from the list. */
public class ChoixCampagne implements Serializable {

    private final List<String> annees;
    private String annee;

    private ChoixCampagne(List<String> annees, String annee) {
        this.annees = annees;
        this.annee = annee;
    }

    static ChoixCampagne depuis(ReferentielService referentiel) {
        List<String> annees = referentiel.campagnes().stream().map(Campagne::getAnneeScolaire).toList();
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
