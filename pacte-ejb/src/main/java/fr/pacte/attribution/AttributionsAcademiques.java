package fr.pacte.attribution;

import fr.pacte.referentiel.Voie;
import fr.pacte.dotation.AjustementDotationService;
import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.EtatAllocation;
import fr.pacte.dotation.LigneAllocation;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.referentiel.TauxImp;
import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Role;
import fr.pacte.securite.Utilisateur;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;

/**
 * Académie-level IMP (seed 003: « Le recteur peut également attribuer des IMP pour des missions académiques »), inside
 * the attribution service's transaction. The attribution keeps the UAI of the person's affectation — the payment
 * files, the consolidation and the scopes of the DASEN read it like any other — and its voie ACADEMIQUE: the database
 * takes it from the académie's IMP allocation line instead of that établissement's envelope (V18).
 */
@Dependent
class AttributionsAcademiques {

    @Inject
    private ReferentielService referentiel;

    @Inject
    private AjustementDotationService dotation;

    @Inject
    private DotationService dotations;

    @Inject
    private AttributionRepository attributions;

    @Inject
    private JournalAttributions journal;

    @Inject
    private Event<AttributionsModifiees> modifiees;

    static boolean academique(MissionCatalogue m) {
        return m != null && Voie.ACADEMIQUE.est(m.voie());
    }

    /** Only the rectorat: a chef (or anyone else) is refused before any rule, whatever the entry point. */
    static void verifierRole(Utilisateur u) {
        if (u.role() != Role.RECTORAT) {
            throw new AccesRefuseException("Une mission académique est attribuée par le recteur (rectorat) : "
                    + "l'établissement ne peut ni l'attribuer ni la modifier.");
        }
    }

    AttributionEnregistree enregistrer(NouvelleAttribution demande, Utilisateur u, MissionCatalogue m, TauxImp t) {
        verifierRole(u);
        if (demande.uai() != null && !referentiel.etablissementExiste(demande.uai())) {
            throw new AttributionRefuseeException(List.of(new ErreurAttribution("uai", "établissement inconnu : " + demande.uai())));
        }
        String affectation = referentiel.affectation(demande.identifiant());
        // the UAI may be omitted: it is the établissement of affectation
        NouvelleAttribution a = demande.uai() != null || affectation == null ? demande
                : new NouvelleAttribution(demande.annee(), affectation, demande.identifiant(), demande.dispositif(),
                demande.codeMission(), demande.parts(), demande.tauxImp(), demande.heures(), demande.dateDebut(),
                demande.dateFin(), demande.modalite());
        Campagne c = referentiel.campagne(a.annee());
        // the allocation's lines are locked as by every envelope writer: two attributions never overrun the line
        EtatAllocation imp = dotation.verrouillerAllocationImp(a.annee());
        Attribution existante = a.uai() == null ? null : attributions.memeCle(a);
        if (existante != null) {
            if (!existante.memeContenu(a)) {
                throw new AttributionExistanteException(existante.vue());
            }
            return new AttributionEnregistree(existante.vue(), false);
        }
        List<ErreurAttribution> erreurs = ReglesAcademiques.verifier(a, new ContexteAcademique(c.dateDebut(),
                c.dateFin(), affectation, m.voie(), t == null ? null : t.coefficient(), imp.alloue(), imp.distribue()));
        if (!erreurs.isEmpty()) {
            throw new AttributionRefuseeException(erreurs);
        }
        Attribution nouvelle = new Attribution(a, m.voie(), t.coefficient(), u.login());
        if (!attributions.ajouter(nouvelle)) {
            throw new AttributionExistanteException(a);
        }
        journal.attributionCreee(nouvelle.vue());
        modifiees.fire(new AttributionsModifiees(a.annee(), a.uai(), a.identifiant()));
        return new AttributionEnregistree(nouvelle.vue(), true);
    }

    MissionsAcademiques lister(String annee) {
        referentiel.campagne(annee);
        List<AttributionVue> liste = attributions.academiques(annee);
        BigDecimal attribues = liste.stream().filter(v -> !v.annulee()).map(AttributionVue::unitesImp)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        EtatAllocation imp = dotations.allocation(annee).stream().filter(l -> l.ligne() == LigneAllocation.IMP).findFirst()
                .orElse(new EtatAllocation(LigneAllocation.IMP, BigDecimal.ZERO, BigDecimal.ZERO));
        return new MissionsAcademiques(annee, imp.alloue(), imp.distribue(), attribues, imp.alloue().subtract(imp.distribue()), liste);
    }
}
