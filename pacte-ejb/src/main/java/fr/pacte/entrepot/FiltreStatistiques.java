package fr.pacte.entrepot;

import java.io.Serializable;

/**
 * Filters of the annual report on the établissement (affectation of the staff, place of the missions), null = all,
 * and the population counted (the DEPP's by default).
 */
public record FiltreStatistiques(String departement, String nature, String secteur, Population population)
        implements Serializable {

    public static final FiltreStatistiques AUCUN = new FiltreStatistiques(null, null, null);

    public FiltreStatistiques {
        departement = vide(departement);
        nature = vide(nature);
        secteur = vide(secteur);
        population = population == null ? Population.DEPP : population;
    }

    public FiltreStatistiques(String departement, String nature, String secteur) {
        this(departement, nature, secteur, Population.DEPP);
    }

    private static String vide(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String libelle() {
        StringBuilder b = new StringBuilder();
        if (departement != null) {
            b.append("département ").append(departement);
        }
        if (nature != null) {
            b.append(b.isEmpty() ? "" : ", ").append("nature ").append(nature);
        }
        if (secteur != null) {
            b.append(b.isEmpty() ? "" : ", ").append("secteur ").append(secteur);
        }
        return (b.isEmpty() ? "aucun filtre" : b.toString()) + " ; population : " + population.libelle();
    }
}
