package fr.pacte.mission;

import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

@Stateless
@RolesAllowed({Role.R_RECTORAT, Role.R_DASEN, Role.R_CHEF})
public class ConsultationAttributionsServiceBean implements ConsultationAttributionsService {

    @Inject
    private SecuriteService securite;

    @Inject
    private ConsultationAttributionsRepository consultation;

    @Inject
    private AttributionRepository attributions;

    @Override
    public List<AttributionVue> campagne(String annee) {
        Utilisateur u = securite.utilisateurCourant();
        return consultation.lister(annee, u.role() == Role.DASEN ? u.departement() : null,
                u.role() == Role.CHEF_ETABLISSEMENT ? u.uai() : null);
    }

    @Override
    public List<AttributionVue> etablissement(String annee, String uai) {
        verifier(securite.utilisateurCourant(), uai);
        return consultation.lister(annee, null, uai);
    }

    @Override
    public List<AttributionVue> personnel(String annee, String identifiant) {
        Utilisateur u = securite.utilisateurCourant();
        return consultation.duPersonnel(annee, identifiant).stream().filter(a -> voit(u, a.uai())).toList();
    }

    @Override
    public AttributionVue attribution(long id) {
        Attribution a = attributions.trouver(id);
        if (a == null || !voit(securite.utilisateurCourant(), a.getUai())) {
            throw new AccesRefuseException("Attribution inconnue ou hors de votre périmètre : " + id);
        }
        return a.vue();
    }

    private static void verifier(Utilisateur u, String uai) {
        if (uai == null || !voit(u, uai)) {
            throw new AccesRefuseException("Établissement hors de votre périmètre : " + uai);
        }
    }

    /** The UAI's first three characters are its département (checked by the référentiel's schema). */
    private static boolean voit(Utilisateur u, String uai) {
        return u.peutVoirEtablissement(uai, uai.substring(0, 3));
    }
}
