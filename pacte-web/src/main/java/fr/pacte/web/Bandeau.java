package fr.pacte.web;

import fr.pacte.referentiel.Academie;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the header of every page shows: the académie and who is connected, with which role and scope. */
@Named
@RequestScoped
public class Bandeau {

    @Inject
    private SecuriteService securite;

    @Inject
    private ReferentielService referentiel;

    private Utilisateur utilisateur;
    private String academie;

    private Utilisateur utilisateur() {
        if (utilisateur == null) {
            utilisateur = securite.utilisateurCourant();
        }
        return utilisateur;
    }

    public String getAcademie() {
        if (academie == null) {
            Academie a = referentiel.academie();
            academie = a == null ? "" : a.libelle();
        }
        return academie;
    }

    public String getLogin() {
        return utilisateur().login();
    }

    public String getNomAffiche() {
        return utilisateur().nomAffiche();
    }

    public String getRole() {
        return utilisateur().role().libelle();
    }

    public boolean isVoitToutLAcademie() {
        return utilisateur().voitToutLAcademie();
    }

    public String getPerimetre() {
        return utilisateur().libellePerimetre();
    }
}
