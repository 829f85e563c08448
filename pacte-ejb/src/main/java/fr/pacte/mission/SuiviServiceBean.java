package fr.pacte.mission;

import fr.pacte.referentiel.Voie;
import fr.pacte.referentiel.Campagne;

import fr.pacte.commun.Page;
import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.LigneDotation;
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
import java.util.Comparator;
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
    private DotationService dotations;

    @Inject
    private fr.pacte.referentiel.CatalogueService catalogues;

    @Inject
    private AttributionRepository attributions;

    @Inject
    private SuiviRepository suivi;

    @Inject
    private ConsolidationRepository consolidation;

    @Inject
    private JournalMissions journal;

    @Override
    public ResteEnveloppe reste(String annee, String uai) {
        Etablissement e = etablissement(annee, uai);
        BigDecimal[] pris = attributions.consommation(annee, uai);
        boolean publiee = dotations.estPubliee(annee);
        // before publication a chef has no envelope yet: everything he would attribute is refused
        LigneDotation l = publiee || securite.utilisateurCourant().voitToutLAcademie() ? dotations.ligne(annee, uai) : null;
        BigDecimal zero = BigDecimal.ZERO;
        return new ResteEnveloppe(publiee, l == null || l.voie() == null ? e.getNature().name() : l.voie().libelle(),
                l == null ? zero : l.parts(), pris[0], l == null ? zero : l.imp(), pris[1],
                l == null ? zero : l.dechargeHeures(), pris[2]);
    }

    @Override
    public List<MissionCatalogue> missionsAPourvoir(String annee, String uai) {
        String nature = etablissement(annee, uai).getNature().name();
        boolean impEcole = referentiel.campagne(annee).isImpPremierDegre();
        // the year's own catalogue (issue 15, point 2): a mission not yet valid, or withdrawn, is not offered
        Set<String> duCatalogue = catalogues.catalogue(annee, uai).stream().map(fr.pacte.referentiel.MissionCampagne::code)
                .collect(java.util.stream.Collectors.toSet());
        return referentiel.catalogue().stream()
                .filter(m -> duCatalogue.contains(m.getCode()))
                .filter(m -> ReglesAttribution.missionPermise(nature, m.getDispositif(), m.getVoie(), m.getCode(), impEcole))
                .sorted(Comparator.comparing((MissionCatalogue m) -> !m.isPrioritaire())
                        .thenComparing(MissionCatalogue::getDispositif, Comparator.reverseOrder())
                        .thenComparing(m -> m.getQuantumHeures() == null)
                        .thenComparing(MissionCatalogue::getCode))
                .toList();
    }

    @Override
    public Page<PersonnelVolontaire> personnels(String annee, String uai, boolean volontairesSeulement, int page, int taille) {
        etablissement(annee, uai);
        Set<String> volontaires = suivi.volontaires(annee, uai);
        if (volontairesSeulement) {
            List<PersonnelVolontaire> tous = referentiel.personnels(new FiltrePersonnels(uai, null, null, "nom", true), 0, Page.TAILLE_MAX)
                    .elements().stream().filter(p -> volontaires.contains(p.getIdentifiant()))
                    .map(p -> vue(p, true)).toList();
            int debut = Math.min(tous.size(), page * taille);
            return new Page<>(tous.subList(debut, Math.min(tous.size(), debut + taille)), tous.size(), page, taille);
        }
        Page<Personnel> p = referentiel.personnels(new FiltrePersonnels(uai, null, null, "nom", true), page, taille);
        return new Page<>(p.elements().stream().map(x -> vue(x, volontaires.contains(x.getIdentifiant()))).toList(),
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
        Attribution a = modifiable(id);
        BigDecimal avant = suivi.heuresFaites(id);
        refuserSi(ReglesSuivi.heuresFaites(a.etatSuivi(quantum(a), avant), heures));
        suivi.releverHeures(id, heures, securite.utilisateurCourant().login());
        LigneSuivi apres = suivi.ligne(id);
        journal.heuresFaites(a, avant, apres);
        return apres;
    }

    @Override
    @RolesAllowed({Role.R_RECTORAT, Role.R_CHEF})
    public LigneSuivi enregistrerBilan(long id, String texte) {
        Attribution a = modifiable(id);
        refuserSi(ReglesSuivi.bilan(a.etatSuivi(quantum(a), suivi.heuresFaites(id)), texte));
        String destinataire = referentiel.catalogue().stream().filter(m -> m.getCode().equals(a.getCodeMission()))
                .findFirst().map(MissionCatalogue::getBilanRemisA).orElse("chef d'établissement");
        LigneSuivi avant = suivi.ligne(id);
        suivi.enregistrerBilan(id, texte.strip(), destinataire, securite.utilisateurCourant().login());
        LigneSuivi apres = suivi.ligne(id);
        journal.bilan(a, avant, apres);
        return apres;
    }

    @Override
    @RolesAllowed({Role.R_RECTORAT, Role.R_DASEN})
    public Page<LigneConsolidation> consolidation(FiltreConsolidation filtre, int page, int taille) {
        Utilisateur u = securite.utilisateurCourant();
        referentiel.campagne(filtre.annee());
        return new Page<>(consolidation.lignes(filtre, u, page, taille), consolidation.compter(filtre, u), page, taille);
    }

    @Override
    @RolesAllowed({Role.R_RECTORAT, Role.R_DASEN})
    public TotauxConsolidation totaux(FiltreConsolidation filtre) {
        referentiel.campagne(filtre.annee());
        return consolidation.totaux(filtre, securite.utilisateurCourant());
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

    private Attribution modifiable(long id) {
        Utilisateur u = securite.utilisateurCourant();
        Attribution a = attributions.verrouiller(id);
        if (a == null || (u.role() == Role.CHEF_ETABLISSEMENT && !u.uai().equals(a.getUai()))) {
            throw new AccesRefuseException("Attribution inconnue ou hors de votre établissement : " + id);
        }
        return a;
    }

    private Integer quantum(Attribution a) {
        return referentiel.catalogue().stream().filter(m -> m.getCode().equals(a.getCodeMission()))
                .findFirst().map(MissionCatalogue::getQuantumHeures).orElse(null);
    }

    private static void refuserSi(List<ErreurAttribution> erreurs) {
        if (!erreurs.isEmpty()) {
            throw new AttributionRefuseeException(erreurs);
        }
    }

    private static PersonnelVolontaire vue(Personnel p, boolean volontaire) {
        return new PersonnelVolontaire(p.getIdentifiant(), p.getCivilite() == null ? "" : p.getCivilite().code(),
                p.getNom(), p.getPrenom(), p.getCorps() == null ? "" : p.getCorps().name(), p.getDiscipline(), volontaire);
    }

    @Override
    public BigDecimal[] partsDuPersonnel(String annee, String identifiant) {
        Campagne c = referentiel.campagne(annee);
        BigDecimal voiePro = attributions.partsDuPersonnel(annee, identifiant, Voie.VOIE_PRO.name());
        BigDecimal autres = attributions.partsDuPersonnel(annee, identifiant).subtract(voiePro);
        return new BigDecimal[]{voiePro, autres,
                ReglesAttribution.resteVoiePro(voiePro, autres, c.getPlafondPartsVoiePro(), c.getPlafondPartsAutres())};
    }
}
