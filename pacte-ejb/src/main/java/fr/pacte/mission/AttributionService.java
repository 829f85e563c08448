package fr.pacte.mission;

import fr.pacte.commun.Page;
import fr.pacte.commun.RapportImport;

import java.math.BigDecimal;
import java.util.List;

/**
 * Facade of the mission module for attributions: a chef attributes missions in his établissement, the rectorat
 * consolidates by import. The envelope, the personal caps per voie, the voie of the établissement, the quanta and
 * the dates are checked here for every entry point, one attribution after the other per envelope.
 */
public interface AttributionService {

    /**
     * Attributes a mission, or answers the identical attribution already in force (same natural key and the same parts
     * or rate) without writing anything; the same key with other parts or another rate is refused
     * ({@link AttributionExistanteException}).
     */
    AttributionEnregistree attribuer(NouvelleAttribution attribution);

    /** Cancels an attribution; cancelling a cancelled one changes nothing (no avenant). */
    AttributionVue annuler(long id);

    Page<AttributionVue> attributions(String annee, String uai, int page, int taille);

    /**
     * The académie-level IMP of a campaign and the IMP allocation line they are taken from (rectorat only). They are
     * attributed by {@link #attribuer} with a catalogue mission of voie ACADEMIQUE (seed 003).
     */
    MissionsAcademiques academiques(String annee);

    /** {@code annee_scolaire;uai;identifiant;dispositif;code_mission;parts;taux_imp;heures;date_debut;date_fin;modalite}, all-or-nothing. */
    RapportImport importer(String nomFichier, byte[] contenu);

    /**
     * Moves hours not done from one hour-based attribution to another of the same établissement and campaign
     * (same or another personnel), by whole hours; the parts and the envelope do not change (seed 000).
     * @return the source and the target after the change
     */
    List<AttributionVue> redeployer(long source, long cible, BigDecimal heures, String motif);
}
