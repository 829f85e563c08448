package fr.pacte.attribution;


import fr.pacte.dotation.AjustementDotationService;
import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.LigneDotation;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.CatalogueService;
import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.referentiel.TauxImp;
import fr.pacte.referentiel.Voie;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Role;
import fr.pacte.securite.Utilisateur;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Records one attribution by the rules of every entry point (screen, API, import), inside the caller's transaction;
 * the service and the consolidation import both use it, so neither hands itself to the other.
 */
@Dependent
class EnregistrementAttribution {

    @Inject
    private ReferentielService referentiel;

    @Inject
    private DotationService dotations;

    @Inject
    private AjustementDotationService enveloppes;

    @Inject
    private AttributionRepository attributions;

    @Inject
    private Event<AttributionsModifiees> modifiees;

    @Inject
    private Volontariat volontariat;

    @Inject
    private JournalAttributions journal;

    @Inject
    private AttributionsAcademiques academiques;

    @Inject
    private CatalogueService catalogues;

    /**
     * Checks under the envelope's lock and saves when every rule holds; the same natural key with the same parts or
     * rate is the attribution already in force, answered unchanged (a retried request, a file imported again).
     * @throws AttributionRefuseeException with every broken rule
     * @throws AttributionExistanteException when the natural key is in force with other parts or another rate
     */
    AttributionEnregistree enregistrer(NouvelleAttribution a, Utilisateur u, Map<String, MissionCatalogue> catalogue,
                                        Map<String, TauxImp> taux) {
        List<ErreurAttribution> horsBornes = ReglesAttribution.bornes(a);
        if (!horsBornes.isEmpty()) {
            // before the envelope's lock and any arithmetic on the quantities
            throw new AttributionRefuseeException(horsBornes);
        }
        if (a.annee() == null || referentiel.campagnes().stream().noneMatch(c -> c.anneeScolaire().equals(a.annee()))) {
            throw new AttributionRefuseeException(List.of(new ErreurAttribution("annee_scolaire", "campagne inconnue : " + a.annee())));
        }
        if (AttributionsAcademiques.academique(catalogue.get(a.codeMission()))) {
            // outside any établissement envelope, from the académie's IMP line: the rectorat's own path (seed 003)
            return academiques.enregistrer(a, u, catalogue.get(a.codeMission()), a.tauxImp() == null ? null : taux.get(a.tauxImp()));
        }
        if (a.uai() == null || !referentiel.etablissementExiste(a.uai())) {
            throw new AttributionRefuseeException(List.of(new ErreurAttribution("uai", "établissement inconnu : " + a.uai())));
        }
        if (u.role() == Role.CHEF_ETABLISSEMENT && !u.uai().equals(a.uai())) {
            throw new AccesRefuseException("Vous ne pouvez attribuer des missions que dans votre établissement (" + u.uai() + ").");
        }
        Campagne c = referentiel.campagne(a.annee());
        LigneDotation enveloppe = enveloppes.verrouillerEnveloppe(a.annee(), a.uai());
        Attribution existante = attributions.memeCle(a);
        if (existante != null) {
            if (!existante.memeContenu(a)) {
                throw new AttributionExistanteException(existante.vue());
            }
            return new AttributionEnregistree(existante.vue(), false);
        }
        MissionCatalogue m = catalogue.get(a.codeMission());
        if (m != null && !catalogues.auCatalogue(a.annee(), m.code())) {
            // issue 15: each campaign has its catalogue (validity years, académie and local missions)
            throw new AttributionRefuseeException(List.of(new ErreurAttribution("code_mission",
                    "la mission " + m.code() + " n'est pas au catalogue " + a.annee())));
        }
        TauxImp t = a.tauxImp() == null ? null : taux.get(a.tauxImp());
        BigDecimal[] pris = attributions.consommation(a.annee(), a.uai());
        String affectation = referentiel.affectation(a.identifiant());
        String[] corpsNature = attributions.corpsEtNatureAffectation(a.identifiant());
        // the cap is per person over the whole campaign, all voies (seeds 001/002)
        BigDecimal voiePro = attributions.partsDuPersonnel(a.annee(), a.identifiant(), Voie.VOIE_PRO.name());
        BigDecimal toutes = attributions.partsDuPersonnel(a.annee(), a.identifiant());
        boolean volontaire = volontariat.volontaire(a.annee(), a.uai(), a.identifiant())
                || volontariat.volontaire(a.annee(), affectation, a.identifiant());
        ContexteAttribution contexte = new ContexteAttribution(c.dateDebut(), c.dateFin(), c.plafondPartsVoiePro(),
                c.plafondPartsAutres(), c.demiPartsAutorisees(), enveloppe.nature(), affectation,
                m == null ? null : m.dispositif(), m == null ? null : m.voie(), m == null ? null : m.quantumHeures(),
                t == null ? null : t.coefficient(), dotations.estPubliee(a.annee()),
                enveloppe.parts(), enveloppe.imp(), enveloppe.dechargeHeures(), pris[0], pris[1], pris[2],
                voiePro, toutes.subtract(voiePro), c.impPremierDegre(), c.volontariatRequis(), volontaire,
                corpsNature[0], corpsNature[1]);
        List<ErreurAttribution> erreurs = ReglesAttribution.verifier(a, contexte);
        if (!erreurs.isEmpty()) {
            throw new AttributionRefuseeException(erreurs);
        }
        Attribution nouvelle = new Attribution(a, m.voie(), t == null ? BigDecimal.ZERO : t.coefficient(), u.login());
        if (!attributions.ajouter(nouvelle)) {
            throw new AttributionExistanteException(a);
        }
        journal.attributionCreee(nouvelle.vue());
        modifiees.fire(new AttributionsModifiees(a.annee(), a.uai(), a.identifiant()));
        return new AttributionEnregistree(nouvelle.vue(), true);
    }
}
