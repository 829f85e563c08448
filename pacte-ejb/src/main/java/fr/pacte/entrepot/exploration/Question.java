package fr.pacte.entrepot.exploration;

import fr.pacte.entrepot.FiltreInvalideException;
import fr.pacte.entrepot.Population;

import java.io.Serializable;

/**
 * What the analyst asks: one measure by two dimensions, for a loaded campaign and a population (the DEPP's by
 * default). A question the warehouse cannot answer is refused here, naming the field, whatever the entry point.
 */
public record Question(String annee, Population population, Dimension lignes, Dimension colonnes, Mesure mesure)
        implements Serializable {

    public Question {
        population = population == null ? Population.DEPP : population;
        if (annee == null || annee.isBlank()) {
            throw new FiltreInvalideException("annee", "Choisissez une campagne chargée dans l'entrepôt.");
        }
        if (lignes == null) {
            throw new FiltreInvalideException("lignes", "Choisissez la dimension des lignes.");
        }
        if (colonnes == null) {
            throw new FiltreInvalideException("colonnes", "Choisissez la dimension des colonnes.");
        }
        if (mesure == null) {
            throw new FiltreInvalideException("mesure", "Choisissez la mesure.");
        }
        if (lignes == colonnes) {
            throw new FiltreInvalideException("colonnes", "Les lignes et les colonnes croisent la même dimension (« "
                    + lignes.libelle() + " ») : choisissez-en deux différentes.");
        }
        // effectif counts persons, whatever their missions: a person has no single value of a mission dimension
        if (mesure.personnesSeulement()) {
            refuserMission("lignes", "Lignes", lignes, mesure);
            refuserMission("colonnes", "Colonnes", colonnes, mesure);
        }
    }

    private static void refuserMission(String champ, String libelleChamp, Dimension d, Mesure m) {
        if (d.mission()) {
            throw new FiltreInvalideException(champ, libelleChamp + " : la dimension « " + d.libelle()
                    + " » décrit une mission ; la mesure « " + m.libelle() + " » compte les personnels de la population "
                    + "et ne se croise qu'avec une dimension de la personne ou de son établissement d'affectation.");
        }
    }

    /** The question in words, for the page, the files and the edition journal. */
    public String libelle() {
        return mesure.libelle() + " selon " + lignes.libelle().toLowerCase(java.util.Locale.FRENCH) + " et "
                + colonnes.libelle().toLowerCase(java.util.Locale.FRENCH) + " — campagne " + annee + " ; population : "
                + population.libelle();
    }
}
