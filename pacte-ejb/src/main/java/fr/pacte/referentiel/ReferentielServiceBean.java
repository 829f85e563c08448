package fr.pacte.referentiel;

import fr.pacte.commun.Page;
import fr.pacte.commun.tableur.EcritureTableau;
import fr.pacte.commun.tableur.FormatTableau;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

@Stateless
@RolesAllowed({Role.R_RECTORAT, Role.R_DASEN, Role.R_IEN, Role.R_CHEF, Role.R_ANALYSTE})
public class ReferentielServiceBean implements ReferentielService {

    @Inject
    private ReferentielRepository depot;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private SecuriteService securite;

    @Inject
    private EtablissementRepository etablissements;

    @Inject
    private PersonnelRepository personnels;

    @Inject
    private DepartementRepository departements;

    /** Every page's header names the académie, an agent's page too. */
    @Override
    @jakarta.annotation.security.PermitAll
    public Academie academie() {
        return depot.academie();
    }

    @Override
    public List<Departement> departements() {
        return departements.tous().stream().map(DepartementEntite::vue).toList();
    }

    @Override
    public Page<Etablissement> etablissements(FiltreEtablissements filtre, int page, int taille) {
        Utilisateur u = perimetre(filtre);
        Page<EtablissementEntite> p = etablissements.rechercher(filtre, u, page, taille);
        return new Page<>(p.elements().stream().map(EtablissementEntite::vue).toList(), p.total(), p.page(), p.taille());
    }

    @Override
    public void exporterEtablissements(FiltreEtablissements filtre, FormatTableau format, OutputStream sortie) {
        Utilisateur u = perimetre(filtre);
        EcritureTableau.ecrire(format, "Établissements", ExportEtablissements.ENTETES,
                ligne -> etablissements.parcourir(filtre, u, e -> ligne.accept(ExportEtablissements.ligne(e))), sortie);
    }

    /** The caller, once a département named by the filter is checked to be within his scope. */
    private Utilisateur perimetre(FiltreEtablissements filtre) {
        Utilisateur u = securite.utilisateurCourant();
        if (filtre.departement() != null && !u.peutFiltrerDepartement(filtre.departement())) {
            throw new AccesRefuseException("Le département " + filtre.departement() + " est hors de votre périmètre ("
                    + u.libellePerimetre() + ").");
        }
        return u;
    }

    @Override
    public Etablissement etablissement(String uai) {
        EtablissementEntite e = etablissements.trouver(uai);
        if (e == null) {
            throw new EtablissementIntrouvableException(uai);
        }
        Utilisateur u = securite.utilisateurCourant();
        if (!u.peutVoirEtablissement(e.getUai(), e.getDepartement(), e.getCirconscription())) {
            throw new AccesRefuseException("L'établissement " + uai + " est hors de votre périmètre ("
                    + u.libellePerimetre() + ").");
        }
        return e.vue();
    }

    @Override
    public Page<Personnel> personnels(FiltrePersonnels filtre, int page, int taille) {
        Utilisateur u = securite.utilisateurCourant();
        if (!u.voitLesNoms()) {
            throw new AccesRefuseException("Le profil analyste n'a pas accès aux données nominatives.");
        }
        if (filtre.uai() != null) {
            // a named établissement outside the scope is refused, not answered with an empty list (issue 16)
            etablissement(filtre.uai());
        }
        Page<PersonnelEntite> p = personnels.rechercher(filtre, u, page, taille);
        return new Page<>(p.elements().stream().map(PersonnelEntite::vue).toList(), p.total(), p.page(), p.taille());
    }

    @Override
    public List<Campagne> campagnes() {
        return campagnes.toutes().stream().map(CampagneEntite::vue).toList();
    }

    @Override
    public String affectation(String identifiant) {
        PersonnelEntite p = identifiant == null ? null : personnels.trouver(identifiant);
        return p == null ? null : p.getUaiAffectation();
    }

    @Override
    @jakarta.annotation.security.PermitAll
    public String circonscription(String uai) {
        EtablissementEntite e = uai == null ? null : etablissements.trouver(uai);
        return e == null ? null : e.getCirconscription();
    }

    @Override
    public boolean etablissementExiste(String uai) {
        return etablissements.trouver(uai) != null;
    }

    @Override
    public Campagne campagne(String anneeScolaire) {
        CampagneEntite c = campagnes.trouver(anneeScolaire);
        if (c == null) {
            throw new CampagneIntrouvableException(anneeScolaire);
        }
        return c.vue();
    }

    @Override
    public Campagne campagneOuverte() {
        CampagneEntite c = campagnes.ouverte();
        return c == null ? null : c.vue();
    }

    @Override
    public List<MissionCatalogue> catalogue() {
        return depot.missionsDuRegistre();
    }

    @Override
    public List<TauxImp> tauxImp() {
        return depot.tauxImp();
    }

    @Override
    public Map<String, Personnel> personnelsParIdentifiant(Collection<String> identifiants) {
        if (!securite.utilisateurCourant().voitLesNoms()) {
            throw new AccesRefuseException("Le profil analyste n'a pas accès aux données nominatives.");
        }
        Map<String, Personnel> vues = new HashMap<>();
        personnels.parIdentifiant(identifiants).forEach((id, p) -> vues.put(id, p.vue()));
        return vues;
    }
}
