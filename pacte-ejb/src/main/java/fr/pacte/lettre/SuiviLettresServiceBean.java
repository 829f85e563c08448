package fr.pacte.lettre;

import fr.pacte.commun.FormatDate;

import fr.pacte.lettre.infrastructure.SqlSuiviLettres;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.JournalService;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

@Stateless
@RolesAllowed({Role.R_RECTORAT, Role.R_DASEN, Role.R_CHEF})
public class SuiviLettresServiceBean implements SuiviLettresService {

    @Inject
    private SecuriteService securite;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private SqlSuiviLettres lectures;

    @Inject
    private JournalService journal;

    @Inject
    private Relances relances;

    @Override
    public SuiviLettres tableau(String annee, String departement, String uai) {
        Campagne c = referentiel.campagne(annee);
        return SuiviLettres.de(annee, c.dateLimiteLettres(), LocalDate.now(FormatDate.PARIS),
                lettres(annee, departement, uai));
    }

    @Override
    public Relance relancer(String annee, String departement, String uai) {
        Campagne c = referentiel.campagne(annee);
        Utilisateur u = securite.utilisateurCourant();
        List<LettreEnSouffrance> lettres = lettres(annee, departement, uai);
        Relance r = relances.relancer(annee, c.dateLimiteLettres(), lettres, "RELANCE");
        journal.enregistrer(new Evenement("LETTRES_RELANCEES", "LETTRE", annee, annee,
                u.role() == Role.DASEN ? u.departement() : vide(departement), u.role() == Role.CHEF_ETABLISSEMENT ? u.uai() : vide(uai),
                null, Evenement.valeurs("chefs", r.chefs(), "agents", r.agents()), null));
        return r;
    }

    /** The caller's scope applied to the filters: a DASEN never leaves his département, a chef his UAI. */
    private List<LettreEnSouffrance> lettres(String annee, String departement, String uai) {
        Utilisateur u = securite.utilisateurCourant();
        String d = vide(departement);
        String e = vide(uai);
        if (u.role() == Role.DASEN) {
            if (!d.isEmpty() && !d.equals(u.departement())) {
                throw new AccesRefuseException("Département hors de votre périmètre : " + d);
            }
            d = u.departement();
        } else if (u.role() == Role.CHEF_ETABLISSEMENT) {
            if (!e.isEmpty() && !e.equals(u.uai())) {
                throw new AccesRefuseException("Établissement hors de votre périmètre : " + e);
            }
            e = u.uai();
        }
        return lectures.lettres(annee, d, e);
    }

    private static String vide(String s) {
        return s == null ? "" : s.trim().toUpperCase();
    }
}
