package fr.pacte.attribution;

import fr.pacte.commun.tableur.EcritureTableau;
import fr.pacte.commun.tableur.FormatTableau;
import java.io.OutputStream;
import fr.pacte.commun.Page;
import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.LigneDotation;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.CatalogueService;
import fr.pacte.referentiel.Etablissement;
import fr.pacte.referentiel.MissionCampagne;
import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.referentiel.Voie;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;
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

    @Inject
    private ConsolidationRepository consolidation;

    @Inject
    private ReferentielService referentiel;

    @Inject
    private CatalogueService catalogues;

    @Inject
    private DotationService dotations;

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

    @Override
    public ResteEnveloppe reste(String annee, String uai) {
        Etablissement e = visible(annee, uai);
        BigDecimal[] pris = attributions.consommation(annee, uai);
        boolean publiee = dotations.estPubliee(annee);
        // before publication a chef has no envelope yet: everything he would attribute is refused
        LigneDotation l = publiee || securite.utilisateurCourant().voitToutLAcademie() ? dotations.ligne(annee, uai) : null;
        BigDecimal zero = BigDecimal.ZERO;
        return new ResteEnveloppe(publiee, l == null || l.voie() == null ? e.nature().name() : l.voie().libelle(),
                l == null ? zero : l.parts(), pris[0], l == null ? zero : l.imp(), pris[1],
                l == null ? zero : l.dechargeHeures(), pris[2]);
    }

    @Override
    public List<MissionCatalogue> missionsAPourvoir(String annee, String uai) {
        String nature = visible(annee, uai).nature().name();
        boolean impEcole = referentiel.campagne(annee).impPremierDegre();
        // the year's own catalogue (issue 15, point 2): a mission not yet valid, or withdrawn, is not offered
        Set<String> duCatalogue = catalogues.catalogue(annee, uai).stream().map(MissionCampagne::code)
                .collect(Collectors.toSet());
        return referentiel.catalogue().stream()
                .filter(m -> duCatalogue.contains(m.code()))
                .filter(m -> ReglesAttribution.missionPermise(nature, m.dispositif(), m.voie(), m.code(), impEcole))
                .sorted(Comparator.comparing((MissionCatalogue m) -> !m.prioritaire())
                        .thenComparing(MissionCatalogue::dispositif, Comparator.reverseOrder())
                        .thenComparing(m -> m.quantumHeures() == null)
                        .thenComparing(MissionCatalogue::code))
                .toList();
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

    @Override
    public BigDecimal[] partsDuPersonnel(String annee, String identifiant) {
        Campagne c = referentiel.campagne(annee);
        BigDecimal voiePro = attributions.partsDuPersonnel(annee, identifiant, Voie.VOIE_PRO.name());
        BigDecimal autres = attributions.partsDuPersonnel(annee, identifiant).subtract(voiePro);
        return new BigDecimal[]{voiePro, autres,
                ReglesAttribution.resteVoiePro(voiePro, autres, c.plafondPartsVoiePro(), c.plafondPartsAutres())};
    }

    /** The établissement if the caller may see it (the référentiel applies the scope), for a known campaign. */
    private Etablissement visible(String annee, String uai) {
        referentiel.campagne(annee);
        return referentiel.etablissement(uai);
    }

    @Override
    @RolesAllowed({Role.R_RECTORAT, Role.R_DASEN})
    public void exporterConsolidation(FiltreConsolidation filtre, FormatTableau format, OutputStream sortie) {
        Utilisateur u = securite.utilisateurCourant();
        referentiel.campagne(filtre.annee());
        EcritureTableau.ecrire(format, "Missions " + filtre.annee(), ExportConsolidation.ENTETES,
                ligne -> consolidation.parcourir(filtre, u, l -> ligne.accept(ExportConsolidation.ligne(filtre.annee(), l))),
                sortie);
    }

    @Override
    @RolesAllowed(Role.R_PERSONNEL)
    public List<AttributionVue> mesMissions() {
        return attributions.duPersonnel(securite.utilisateurCourant().identifiant());
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
