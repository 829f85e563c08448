package fr.pacte.referentiel.importation;

import fr.pacte.referentiel.Civilite;
import fr.pacte.referentiel.Corps;
import fr.pacte.referentiel.Sexe;

import java.time.LocalDate;

/**
 * A valid line of the personnels file; the UAI is upper-case, an absent discipline is "", {@code remplacant} is null
 * when the file has no such column (the person's flag is then left as it is).
 */
public record PersonnelLigne(int ligne, String identifiant, Civilite civilite, String nom, String prenom, Sexe sexe,
                             LocalDate dateNaissance, Corps corps, String discipline, String uaiAffectation,
                             Boolean remplacant) {
}
