package fr.pacte.web.demande;

import fr.pacte.demande.SyntheseDemandes;
import fr.pacte.demande.TotalDemandes;
import fr.pacte.referentiel.Departement;
import fr.pacte.securite.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The rectorat's follow-up: every request of the académie, filtered, and per département and kind how many were
 * filed, how many wait, how much was asked and granted, with the académie's totals per kind.
 */
@Named
@ViewScoped
public class SuiviDemandesView extends EcranDemandes {

    private List<Departement> departements = List.of();
    private List<SyntheseDemandes> synthese = List.of();
    private List<TotalDemandes> totaux = List.of();

    @PostConstruct
    void initialiser() {
        if (preparer(securite.utilisateurCourant().role() == Role.RECTORAT)) {
            departements = referentiel.departements();
            lireSynthese();
        }
    }

    private void lireSynthese() {
        synthese = criteres.getAnnee() == null ? List.of() : demandes.synthese(criteres.getAnnee());
        totaux = TotalDemandes.parNature(synthese);
    }

    /** The campaign changes the totals too. */
    public void changerAnnee() {
        filtrer();
        lireSynthese();
    }

    public String libelleDepartement(String code) {
        return departements.stream().filter(d -> d.code().equals(code)).map(d -> code + " – " + d.libelle())
                .findFirst().orElse(code);
    }

    public List<Departement> getDepartements() {
        return departements;
    }

    public List<SyntheseDemandes> getSynthese() {
        return synthese;
    }

    public List<TotalDemandes> getTotaux() {
        return totaux;
    }
}
