package fr.pacte.dotation;

import fr.pacte.referentiel.Voie;
import fr.pacte.commun.Page;
import fr.pacte.securite.Utilisateur;

import java.util.List;
import java.util.function.Consumer;

/** Read model of the distribution: one query per screen need, scoped to the caller. */
public interface LecturesDotation {

    Page<LigneDotation> lignes(String annee, String anneeN1, Voie voieDesLpo, FiltreDotations filtre,
                               Utilisateur perimetre, int page, int taille);

    /** Every row matching the filter (bulk actions, formula, export). */
    List<LigneDotation> toutes(String annee, String anneeN1, Voie voieDesLpo, FiltreDotations filtre, Utilisateur perimetre);

    /** The rows of {@link #lignes}' filter and order, all of them, read through one server-side cursor. */
    void parcourir(String annee, String anneeN1, Voie voieDesLpo, FiltreDotations filtre, Utilisateur perimetre,
                   Consumer<LigneDotation> action);

    LigneDotation ligne(String annee, String anneeN1, Voie voieDesLpo, String uai);

    List<TotalDepartement> totauxParDepartement(String annee, Utilisateur perimetre);

    /** Nature of each known établissement among the given UAIs (unknown ones are absent). */
    java.util.Map<String, String> natures(java.util.Collection<String> uais);
}
