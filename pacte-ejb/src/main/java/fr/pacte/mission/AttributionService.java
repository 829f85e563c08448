package fr.pacte.mission;

import fr.pacte.commun.Page;
import fr.pacte.commun.RapportImport;

/**
 * Facade of the mission module for attributions: a chef attributes missions in his établissement, the rectorat
 * consolidates by import. The envelope, the personal caps per voie, the voie of the établissement, the quanta and
 * the dates are checked here for every entry point, one attribution after the other per envelope.
 */
public interface AttributionService {

    AttributionVue attribuer(NouvelleAttribution attribution);

    AttributionVue annuler(long id);

    Page<AttributionVue> attributions(String annee, String uai, int page, int taille);

    /** {@code annee_scolaire;uai;identifiant;dispositif;code_mission;parts;taux_imp;heures;date_debut;date_fin;modalite}, all-or-nothing. */
    RapportImport importer(String nomFichier, byte[] contenu);
}
