package fr.pacte.attribution;

import fr.pacte.commun.Page;
import fr.pacte.commun.RapportImport;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Facade of the attribution module: a chef attributes missions in his établissement, the rectorat
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

    /** {@code annee_scolaire;uai;identifiant;dispositif;code_mission;parts;taux_imp;heures;date_debut;date_fin;modalite}, all-or-nothing; the
     * upload is read as a stream, up to {@code LecteurTableau.TAILLE_MAX}. */
    RapportImport importer(String nomFichier, InputStream contenu);

    /**
     * Locks an attribution for a change the suivi records on it (hours done, bilan).
     * @throws fr.pacte.securite.AccesRefuseException if unknown or outside a chef's établissement
     */
    AttributionVue verrouiller(long id);

    /**
     * Locks the two attributions of a redéploiement in id order (two opposite redéploiements queue instead of
     * deadlocking) and answers them as {source, cible}; the cible is null when unknown, the suivi's rule says so.
     */
    List<AttributionVue> verrouiller(long source, long cible);

    /**
     * Moves planned hours, and with a transfer to a colleague the parts, from one attribution to the other; a source
     * left without parts is cancelled. Both letters follow (event {@link AttributionsModifiees}). The suivi decides
     * whether the move is allowed (seed 000, hours not done); the caps of the colleague are checked there with
     * {@link ReglesAttribution} through {@link ConsultationAttributionsService#partsDuPersonnel}.
     * @return the source and the target after the change
     */
    List<AttributionVue> deplacerHeures(long source, long cible, BigDecimal heures, BigDecimal parts);
}
