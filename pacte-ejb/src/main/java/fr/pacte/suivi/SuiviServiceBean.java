package fr.pacte.suivi;

import fr.pacte.attribution.AttributionRefuseeException;
import fr.pacte.attribution.ErreurAttribution;



import fr.pacte.attribution.AttributionService;
import fr.pacte.attribution.AttributionVue;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import fr.pacte.commun.Page;
import fr.pacte.referentiel.Etablissement;
import fr.pacte.referentiel.FiltrePersonnels;
import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.referentiel.Personnel;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Stateless
@RolesAllowed({Role.R_RECTORAT, Role.R_DASEN, Role.R_CHEF})
public class SuiviServiceBean implements SuiviService {

    @Inject
    private SecuriteService securite;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private AttributionService attributions;

    @Inject
    private SuiviRepository suivi;

    @Inject
    private Redeploiements redeploiements;

    @Inject
    private JournalSuivi journal;

    @Override
    public Page<PersonnelVolontaire> personnels(String annee, String uai, boolean volontairesSeulement, int page, int taille) {
        etablissement(annee, uai);
        Set<String> volontaires = suivi.volontaires(annee, uai);
        if (volontairesSeulement) {
            List<PersonnelVolontaire> tous = referentiel.personnels(new FiltrePersonnels(uai, null, null, "nom", true), 0, Page.TAILLE_MAX)
                    .elements().stream().filter(p -> volontaires.contains(p.identifiant()))
                    .map(p -> vue(p, true)).toList();
            int debut = Math.min(tous.size(), page * taille);
            return new Page<>(tous.subList(debut, Math.min(tous.size(), debut + taille)), tous.size(), page, taille);
        }
        Page<Personnel> p = referentiel.personnels(new FiltrePersonnels(uai, null, null, "nom", true), page, taille);
        return new Page<>(p.elements().stream().map(x -> vue(x, volontaires.contains(x.identifiant()))).toList(),
                p.total(), page, taille);
    }

    @Override
    @RolesAllowed({Role.R_RECTORAT, Role.R_CHEF})
    public PersonnelVolontaire marquerVolontaire(String annee, String uai, String identifiant, boolean volontaire) {
        etablissementModifiable(annee, uai);
        if (identifiant == null || !uai.equals(referentiel.affectation(identifiant))) {
            throw new AttributionRefuseeException(List.of(new ErreurAttribution("identifiant",
                    "le personnel " + identifiant + " n'est pas affecté à " + uai)));
        }
        journal.volontaire(annee, uai, identifiant, volontaire,
                suivi.marquerVolontaire(annee, uai, identifiant, volontaire, securite.utilisateurCourant().login()));
        Personnel p = referentiel.personnels(new FiltrePersonnels(uai, null, identifiant, null, true), 0, 1)
                .elements().stream().findFirst().orElseThrow();
        return vue(p, volontaire);
    }

    @Override
    public DatesConseils conseils(String annee, String uai) {
        etablissement(annee, uai);
        return suivi.conseils(annee, uai);
    }

    @Override
    @RolesAllowed({Role.R_RECTORAT, Role.R_CHEF})
    public DatesConseils fixerConseils(String annee, String uai, LocalDate pedagogique, LocalDate administration) {
        etablissementModifiable(annee, uai);
        if (pedagogique != null && administration != null && pedagogique.isAfter(administration)) {
            throw new AttributionRefuseeException(List.of(new ErreurAttribution("conseil_administration",
                    "le conseil d'administration rend son avis après celui du conseil pédagogique")));
        }
        DatesConseils avant = suivi.conseils(annee, uai);
        suivi.fixerConseils(annee, uai, pedagogique, administration, securite.utilisateurCourant().login());
        DatesConseils apres = new DatesConseils(pedagogique, administration);
        journal.conseils(annee, uai, avant, apres);
        return apres;
    }

    @Override
    public List<LigneSuivi> suivi(String annee, String uai) {
        etablissement(annee, uai);
        return suivi.suivi(annee, uai);
    }

    @Override
    @RolesAllowed({Role.R_RECTORAT, Role.R_CHEF})
    public LigneSuivi releverHeures(long id, BigDecimal heures) {
        AttributionVue a = attributions.verrouiller(id);
        BigDecimal avant = suivi.heuresFaites(id);
        refuserSi(ReglesSuivi.heuresFaites(EtatSuivi.de(a, quantum(a), avant), heures));
        suivi.releverHeures(id, heures, securite.utilisateurCourant().login());
        LigneSuivi apres = suivi.ligne(id);
        journal.heuresFaites(a, avant, apres);
        return apres;
    }

    @Override
    @RolesAllowed({Role.R_RECTORAT, Role.R_CHEF})
    public LigneSuivi enregistrerBilan(long id, String texte) {
        AttributionVue a = attributions.verrouiller(id);
        refuserSi(ReglesSuivi.bilan(EtatSuivi.de(a, quantum(a), suivi.heuresFaites(id)), texte));
        String destinataire = referentiel.catalogue().stream().filter(m -> m.code().equals(a.codeMission()))
                .findFirst().map(MissionCatalogue::bilanRemisA).orElse("chef d'établissement");
        LigneSuivi avant = suivi.ligne(id);
        suivi.enregistrerBilan(id, texte.strip(), destinataire, securite.utilisateurCourant().login());
        LigneSuivi apres = suivi.ligne(id);
        journal.bilan(a, avant, apres);
        return apres;
    }

    /** The établissement if the caller may see it (the référentiel applies the scope), for a known campaign. */
    private Etablissement etablissement(String annee, String uai) {
        referentiel.campagne(annee);
        return referentiel.etablissement(uai);
    }

    private void etablissementModifiable(String annee, String uai) {
        Utilisateur u = securite.utilisateurCourant();
        if (u.role() == Role.CHEF_ETABLISSEMENT && !u.uai().equals(uai)) {
            throw new AccesRefuseException("Vous ne gérez que votre établissement (" + u.uai() + ").");
        }
        etablissement(annee, uai);
    }

    private Integer quantum(AttributionVue a) {
        return referentiel.catalogue().stream().filter(m -> m.code().equals(a.codeMission()))
                .findFirst().map(MissionCatalogue::quantumHeures).orElse(null);
    }

    private static void refuserSi(List<ErreurAttribution> erreurs) {
        if (!erreurs.isEmpty()) {
            throw new AttributionRefuseeException(erreurs);
        }
    }

    private static PersonnelVolontaire vue(Personnel p, boolean volontaire) {
        return new PersonnelVolontaire(p.identifiant(), p.civilite() == null ? "" : p.civilite().code(),
                p.nom(), p.prenom(), p.corps() == null ? "" : p.corps().name(), p.discipline(), volontaire);
    }

    @Override
    @RolesAllowed({Role.R_RECTORAT, Role.R_CHEF})
    public List<AttributionVue> redeployer(long idSource, long idCible, BigDecimal heures, String motif) {
        Map<String, MissionCatalogue> catalogue = referentiel.catalogue().stream()
                .collect(Collectors.toMap(MissionCatalogue::code, Function.identity()));
        return redeploiements.redeployer(securite.utilisateurCourant(), catalogue, idSource, idCible, heures, motif);
    }
}
