package fr.pacte.attribution;

import fr.pacte.commun.Page;
import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.commun.tableur.FormatTableau;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Read side of the attributions, always within the caller's scope (a DASEN his département, a chef his UAI): their
 * current state, cancelled ones included, for the modules that build on them (suivi, lettre, paiement); what remains
 * of an établissement's envelope and the missions it may attribute; the académie's consolidated read model.
 */
public interface ConsultationAttributionsService {

    /** Every attribution of the campaign the caller may see, ordered by id. */
    List<AttributionVue> campagne(String annee);

    /** @throws fr.pacte.securite.AccesRefuseException if the établissement is outside the caller's scope */
    List<AttributionVue> etablissement(String annee, String uai);

    /** The personnel's attributions in the établissements the caller may see. */
    List<AttributionVue> personnel(String annee, String identifiant);

    /** @throws fr.pacte.securite.AccesRefuseException if unknown or outside the caller's scope */
    AttributionVue attribution(long id);

    /** The caller's own attributions in force, every campaign, the latest first (a personnel's page). */
    List<AttributionVue> mesMissions();

    ResteEnveloppe reste(String annee, String uai);

    /** The catalogue missions the établissement may attribute, the priority ones (RCD) first. */
    List<MissionCatalogue> missionsAPourvoir(String annee, String uai);

    /**
     * One person's Pacte parts this campaign over every voie and établissement, and what the per-person cap leaves
     * him in voie pro ({@link ReglesAttribution#plafondDepasse}): {voie pro, others, still possible in voie pro}.
     */
    BigDecimal[] partsDuPersonnel(String annee, String identifiant);

    Page<LigneConsolidation> consolidation(FiltreConsolidation filtre, int page, int taille);

    TotauxConsolidation totaux(FiltreConsolidation filtre);

    /**
     * The consolidation of the filter as an XLSX sheet or a CSV file (one row per attribution, the columns of
     * annee_scolaire, departement, uai … heures_faites, modalite, dates, in the screen's order), written to the output
     * as it is read: one query read through a server-side cursor, one transaction, no copy of the whole file.
     */
    void exporterConsolidation(FiltreConsolidation filtre, FormatTableau format, OutputStream sortie);
}
