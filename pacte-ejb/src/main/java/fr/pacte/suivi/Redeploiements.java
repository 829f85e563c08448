package fr.pacte.suivi;

import fr.pacte.attribution.AttributionRefuseeException;
import fr.pacte.attribution.AttributionService;
import fr.pacte.attribution.AttributionVue;
import fr.pacte.attribution.ConsultationAttributionsService;
import fr.pacte.attribution.ErreurAttribution;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.referentiel.ReferentielService;
import fr.pacte.securite.Utilisateur;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Redéploiement of hours not done (seed 000), inside the suivi service's transaction. Between one agent's missions
 * the hours move and the parts stay. Towards a colleague (campaign setting) the parts move with the hours: both
 * attributions change through the attribution facade, so both payment schedules — derived from the attributions —
 * and both letters (avenants) follow; a source left without parts is cancelled.
 */
@Dependent
class Redeploiements {

    @Inject
    private ReferentielService referentiel;

    @Inject
    private AttributionService attributions;

    @Inject
    private ConsultationAttributionsService consultation;

    @Inject
    private SuiviRepository suivi;

    @Inject
    private JournalSuivi journal;

    List<AttributionVue> redeployer(Utilisateur u, Map<String, MissionCatalogue> catalogue, long idSource, long idCible,
                                    BigDecimal heures, String motif) {
        List<AttributionVue> deux = attributions.verrouiller(idSource, idCible);
        AttributionVue source = deux.get(0);
        AttributionVue cible = deux.get(1);
        EtatSuivi etatSource = etat(source, catalogue);
        EtatSuivi etatCible = cible == null ? null : etat(cible, catalogue);
        List<ErreurAttribution> erreurs = ReglesSuivi.redeploiement(etatSource, etatCible, heures, motif,
                cible == null ? null : contexte(source, cible));
        if (!erreurs.isEmpty()) {
            throw new AttributionRefuseeException(erreurs);
        }
        boolean transfert = !cible.identifiant().equals(source.identifiant());
        BigDecimal parts = transfert ? ReglesSuivi.partsTransferees(etatSource, heures) : BigDecimal.ZERO;
        List<AttributionVue> apres = attributions.deplacerHeures(idSource, idCible, heures, parts);
        suivi.ajouterRedeploiement(idSource, idCible, heures, parts, motif, u.login());
        journal.redeploiement(apres.get(0), apres.get(1), heures, motif);
        return apres;
    }

    private ContexteTransfert contexte(AttributionVue source, AttributionVue cible) {
        if (cible.identifiant().equals(source.identifiant()) || source.parts() == null) {
            return new ContexteTransfert(true, BigDecimal.ONE, BigDecimal.ZERO, cible.voie(), BigDecimal.ZERO,
                    BigDecimal.ZERO, 0, 0);
        }
        Campagne c = referentiel.campagne(source.anneeScolaire());
        BigDecimal[] parts = consultation.partsDuPersonnel(cible.anneeScolaire(), cible.identifiant());
        return new ContexteTransfert(c.redeploiementVersCollegue(),
                c.demiPartsAutorisees() ? new BigDecimal("0.5") : BigDecimal.ONE, source.parts(), cible.voie(),
                parts[0], parts[1], c.plafondPartsVoiePro(), c.plafondPartsAutres());
    }

    private EtatSuivi etat(AttributionVue a, Map<String, MissionCatalogue> catalogue) {
        MissionCatalogue m = catalogue.get(a.codeMission());
        return EtatSuivi.de(a, m == null ? null : m.quantumHeures(), suivi.heuresFaites(a.id()));
    }
}
