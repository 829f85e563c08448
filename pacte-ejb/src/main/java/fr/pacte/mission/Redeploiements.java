package fr.pacte.mission;

import fr.pacte.referentiel.Voie;
import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.referentiel.ReferentielService;
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
 * Redéploiement of hours not done (seed 000), inside the attribution service's transaction. Between one agent's
 * missions the hours move and the parts stay. Towards a colleague (campaign setting) the parts move with the hours:
 * both attributions change, so both payment schedules — derived from the attributions — and both letters (avenants)
 * follow; a source left without parts is cancelled.
 */
@Dependent
class Redeploiements {

    @Inject
    private ReferentielService referentiel;

    @Inject
    private AttributionRepository attributions;

    @Inject
    private SuiviRepository suivi;

    @Inject
    private JournalMissions journal;

    @Inject
    private Event<AttributionsModifiees> modifiees;

    List<AttributionVue> redeployer(Utilisateur u, Map<String, MissionCatalogue> catalogue, long idSource, long idCible,
                                    BigDecimal heures, String motif) {
        // locked in id order, so that two opposite redéploiements queue instead of deadlocking
        Attribution premiere = attributions.verrouiller(Math.min(idSource, idCible));
        Attribution seconde = attributions.verrouiller(Math.max(idSource, idCible));
        Attribution source = idSource <= idCible ? premiere : seconde;
        Attribution cible = idSource <= idCible ? seconde : premiere;
        if (source == null) {
            throw new AccesRefuseException("Attribution inconnue : " + idSource);
        }
        horsPerimetre(u, source);
        horsPerimetre(u, cible);
        EtatSuivi etatSource = etat(source, catalogue);
        EtatSuivi etatCible = cible == null ? null : etat(cible, catalogue);
        List<ErreurAttribution> erreurs = ReglesSuivi.redeploiement(etatSource, etatCible, heures, motif,
                cible == null ? null : contexte(source, cible));
        if (!erreurs.isEmpty()) {
            throw new AttributionRefuseeException(erreurs);
        }
        boolean transfert = !cible.getIdentifiant().equals(source.getIdentifiant());
        BigDecimal parts = transfert ? ReglesSuivi.partsTransferees(etatSource, heures) : BigDecimal.ZERO;
        AttributionVue sourceAvant = source.vue();
        source.changerHeures(heures.negate());
        cible.changerHeures(heures);
        if (transfert) {
            cible.changerParts(parts);
            if (source.getParts().compareTo(parts) == 0) {
                source.annuler(); // every part goes: the hours done are 0 (the rule keeps them paid otherwise)
            } else {
                source.changerParts(parts.negate());
            }
        }
        suivi.ajouterRedeploiement(idSource, idCible, heures, parts, motif, u.login());
        journal.redeploiement(source.vue(), cible.vue(), heures, motif);
        if (source.isAnnulee()) {
            journal.attributionAnnulee(sourceAvant, source.vue());
        }
        // the hours (and in a transfer the parts) of both missions change: each signed letter concerned gets its avenant
        modifiees.fire(new AttributionsModifiees(source.getAnneeScolaire(), source.getUai(), source.getIdentifiant()));
        if (transfert) {
            modifiees.fire(new AttributionsModifiees(cible.getAnneeScolaire(), cible.getUai(), cible.getIdentifiant()));
        }
        return List.of(source.vue(), cible.vue());
    }

    private ContexteTransfert contexte(Attribution source, Attribution cible) {
        if (cible.getIdentifiant().equals(source.getIdentifiant()) || source.getParts() == null) {
            return new ContexteTransfert(true, BigDecimal.ONE, BigDecimal.ZERO, cible.getVoie(), BigDecimal.ZERO,
                    BigDecimal.ZERO, 0, 0);
        }
        Campagne c = referentiel.campagne(source.getAnneeScolaire());
        BigDecimal voiePro = attributions.partsDuPersonnel(cible.getAnneeScolaire(), cible.getIdentifiant(), Voie.VOIE_PRO.name());
        BigDecimal toutes = attributions.partsDuPersonnel(cible.getAnneeScolaire(), cible.getIdentifiant());
        return new ContexteTransfert(c.isRedeploiementVersCollegue(),
                c.isDemiPartsAutorisees() ? new BigDecimal("0.5") : BigDecimal.ONE, source.getParts(), cible.getVoie(),
                voiePro, toutes.subtract(voiePro), c.getPlafondPartsVoiePro(), c.getPlafondPartsAutres());
    }

    private static void horsPerimetre(Utilisateur u, Attribution a) {
        if (a != null && u.role() == Role.CHEF_ETABLISSEMENT && !u.uai().equals(a.getUai())) {
            throw new AccesRefuseException("Attribution hors de votre établissement : " + a.getId());
        }
    }

    private EtatSuivi etat(Attribution a, Map<String, MissionCatalogue> catalogue) {
        MissionCatalogue m = catalogue.get(a.getCodeMission());
        return a.etatSuivi(m == null ? null : m.getQuantumHeures(), suivi.heuresFaites(a.getId()));
    }
}
