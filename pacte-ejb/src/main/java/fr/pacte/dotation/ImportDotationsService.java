package fr.pacte.dotation;

import fr.pacte.commun.RapportImport;

/**
 * Import of envelopes as {@code annee_scolaire;uai;parts_pacte;imp_taux_base} (CSV or XLSX), all-or-nothing:
 * an unknown établissement, a bad quantum or an allocation exceeded refuses the whole file.
 */
public interface ImportDotationsService {

    RapportImport importer(String nomFichier, byte[] contenu);
}
