package fr.pacte.dotation;

import fr.pacte.referentiel.Voie;
import fr.pacte.commun.Page;
import fr.pacte.securite.Utilisateur;

import java.util.List;

/** Read model of the distribution: one query per screen need, scoped to the caller. */
public interface LecturesDotation {

    Page<LigneDotation> lignes(String annee, String anneeN1, Voie voieDesLpo, FiltreDotations filtre,
                               Utilisateur perimetre, int page, int taille);

    /** Every row matching the filter (bulk actions, formula, export). */
    List<LigneDotation> toutes(String annee, String anneeN1, Voie voieDesLpo, FiltreDotations filtre, Utilisateur perimetre);

    LigneDotation ligne(String annee, String anneeN1, Voie voieDesLpo, String uai);

    List<TotalDepartement> totauxParDepartement(String annee, Utilisateur perimetre);

    /** Nature of each known établissement among the given UAIs (unknown ones are absent). */
    java.util.Map<String, String> natures(java.util.Collection<String> uais);
}
