package fr.pacte.referentiel;

import java.io.Serializable;
/**
 * An établissement or an école of the académie as the référentiel publishes it.
 *
 * @param departement     the code of its département (the UAI's prefix)
 * @param circonscription the code of an école's circonscription (IEN), null elsewhere
 */
public record Etablissement(String uai, Nature nature, String denominationPrincipale, String denominationComplementaire,
                            String departement, String commune, Secteur secteur,
                            EducationPrioritaire educationPrioritaire, String circonscription) implements Serializable {

    /** "Collège Jean-Jaurès – Pôle des métiers" */
    public String denomination() {
        return denominationComplementaire == null || denominationComplementaire.isBlank()
                ? denominationPrincipale : denominationPrincipale + " – " + denominationComplementaire;
    }
}
