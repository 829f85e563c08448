package fr.pacte.referentiel.importation;

import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Nature;
import fr.pacte.referentiel.Secteur;

/**
 * A valid line of the établissements file; the UAI is upper-case, an absent dénomination complémentaire is "".
 */
public record EtablissementLigne(int ligne, String uai, Nature nature, String denominationPrincipale,
                                 String denominationComplementaire, String departement, String commune,
                                 Secteur secteur, EducationPrioritaire educationPrioritaire,
                                 String circonscription) {

    public EtablissementLigne(int ligne, String uai, Nature nature, String denominationPrincipale,
                              String denominationComplementaire, String departement, String commune,
                              Secteur secteur, EducationPrioritaire educationPrioritaire) {
        this(ligne, uai, nature, denominationPrincipale, denominationComplementaire, departement, commune, secteur,
                educationPrioritaire, null);
    }
}
