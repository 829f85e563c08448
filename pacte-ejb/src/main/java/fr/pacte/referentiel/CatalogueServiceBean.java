package fr.pacte.referentiel;

import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

@Stateless
@RolesAllowed({Role.R_RECTORAT, Role.R_DASEN, Role.R_CHEF, Role.R_ANALYSTE})
public class CatalogueServiceBean implements CatalogueService {

    @Inject
    private CatalogueRepository catalogue;

    @Inject
    private SecuriteService securite;

    @Inject
    private ReferentielService referentiel;

    @Override
    public List<MissionCampagne> catalogue(String annee, String uai) {
        Utilisateur u = securite.utilisateurCourant();
        if (u.role() == Role.CHEF_ETABLISSEMENT) {
            if (uai != null && !uai.equals(u.uai())) {
                throw new AccesRefuseException("Hors de votre établissement : " + uai);
            }
            uai = u.uai();
        }
        campagne(annee);
        return catalogue.missions(annee, uai);
    }

    @Override
    @RolesAllowed(Role.R_RECTORAT)
    public MissionCampagne ajouter(String annee, NouvelleMission m) {
        campagne(annee);
        refuser(RegleCatalogue.verifier(m));
        if (catalogue.existe(m.code())) {
            throw new RegleCatalogueException("code : la mission " + m.code() + " est déjà au catalogue");
        }
        if (m.tauxImpReference() != null && referentiel.tauxImp().stream().noneMatch(t -> t.codeSts().equals(m.tauxImpReference()))) {
            throw new RegleCatalogueException("taux IMP de référence inconnu : " + m.tauxImpReference());
        }
        catalogue.ajouter(annee, m, "rectorat " + securite.utilisateurCourant().login());
        return une(annee, m.code(), null);
    }

    @Override
    @RolesAllowed(Role.R_RECTORAT)
    public MissionCampagne modifier(String annee, String code, NouvelleMission m) {
        campagne(annee);
        MissionCampagne avant = une(annee, code, null);
        if (m.libelle() == null || m.libelle().isBlank() || m.libelle().length() > 300) {
            throw new RegleCatalogueException("libellé : obligatoire, 300 caractères au plus");
        }
        if (m.contenu() != null && m.contenu().length() > 2000) {
            throw new RegleCatalogueException("contenu : 2000 caractères au plus");
        }
        String bilan = m.bilanRemisA() == null || m.bilanRemisA().isBlank() ? avant.bilanRemisA() : m.bilanRemisA().strip();
        // from this campaign onwards only: the earlier campaigns, their letters and consolidations keep their words
        catalogue.modifierTexte(annee, code, m.libelle().strip(), m.contenu(), bilan);
        return une(annee, code, null);
    }

    @Override
    @RolesAllowed(Role.R_CHEF)
    public MissionCampagne adapter(String annee, String uai, String code, String libelle, String contenu) {
        Utilisateur u = securite.utilisateurCourant();
        if (uai == null || !uai.equals(u.uai())) {
            throw new AccesRefuseException("Vous n'adaptez les missions que de votre établissement (" + u.uai() + ").");
        }
        campagne(annee);
        une(annee, code, null);
        if (libelle == null || libelle.isBlank()) {
            catalogue.supprimerAdaptation(annee, uai, code);
            return une(annee, code, uai);
        }
        if (libelle.length() > 300 || (contenu != null && contenu.length() > 2000)) {
            throw new RegleCatalogueException("libellé adapté : 300 caractères au plus ; contenu adapté : 2000 au plus");
        }
        catalogue.adapter(annee, uai, code, libelle.strip(), contenu == null || contenu.isBlank() ? null : contenu.strip(),
                u.login());
        return une(annee, code, uai);
    }

    @Override
    public boolean auCatalogue(String annee, String code) {
        return catalogue.auCatalogue(annee, code);
    }

    private void campagne(String annee) {
        if (!RegleCatalogue.annee(annee)) {
            throw new RegleCatalogueException("annee : une année de campagne s'écrit 2161-2162 : " + annee);
        }
        referentiel.campagne(annee);
    }

    private MissionCampagne une(String annee, String code, String uai) {
        return catalogue.mission(annee, code, uai).orElseThrow(
                () -> new RegleCatalogueException("la mission " + code + " n'est pas au catalogue " + annee));
    }

    private static void refuser(List<String> erreurs) {
        if (!erreurs.isEmpty()) {
            throw new RegleCatalogueException(String.join(" ; ", erreurs));
        }
    }
}
