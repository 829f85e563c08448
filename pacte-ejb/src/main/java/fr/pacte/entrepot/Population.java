package fr.pacte.entrepot;

import java.util.List;

/**
 * The persons a report counts. The default is the DEPP's (note 22.33, seed 003: « 115 861 enseignants sur 488 800 »):
 * second-degré teachers; CPE, documentalistes, psychologists and remplaçants excluded. The warehouse classifies each
 * person once at load ({@code entrepot.population}, V26, V35); who replaces comes from the personnels file's column
 * {@code remplacant} (a remplaçant of the first degré stays a first-degré teacher: the note is about the second).
 *
 * <p>The three populations are disjoint and no union of them is published (no "all staff"): a table of a union would
 * equal the sum of the same tables of its parts, and where a part is empty by definition (no agrégé among the CPE),
 * the union's cell would be a part's cell masked apart — recoverable. With disjoint populations no published relation
 * links two of them, so each is protected as its own linked set ({@code SecretDesRapports}).
 */
public enum Population {

    ENSEIGNANTS_2D("Enseignants du second degré (hors CPE, documentalistes, psychologues et remplaçants)",
            List.of("ENSEIGNANT_2D")),
    ENSEIGNANTS_1D("Enseignants du premier degré", List.of("ENSEIGNANT_1D")),
    AUTRES("CPE, documentalistes, psychologues de l'Éducation nationale et remplaçants du second degré",
            List.of("DOCUMENTALISTE", "CPE", "PSYEN", "REMPLACANT_2D"));

    public static final Population DEPP = ENSEIGNANTS_2D;

    private final String libelle;
    private final List<String> categories;

    Population(String libelle, List<String> categories) {
        this.libelle = libelle;
        this.categories = categories;
    }

    public String libelle() {
        return libelle;
    }

    /** The warehouse's categories ({@code dim_personnel.population}) the population gathers. */
    public List<String> categories() {
        return categories;
    }

    /** The population named by a request; none named is the DEPP's. */
    public static Population de(String code) {
        if (code == null || code.isBlank()) {
            return DEPP;
        }
        try {
            return valueOf(code.trim());
        } catch (IllegalArgumentException e) {
            throw new FiltreInvalideException("population", "Population inconnue : " + code
                    + " (ENSEIGNANTS_2D, ENSEIGNANTS_1D ou AUTRES)");
        }
    }
}
