package fr.pacte.entrepot.exploration;

import fr.pacte.entrepot.Libelles;

/**
 * A dimension of the warehouse the exploration can cross. Person dimensions describe the person (dim_personnel) or
 * the établissement of her affectation (dim_etablissement); mission dimensions describe an attribution and exist only
 * for the measures counted on attributions.
 */
public enum Dimension {

    SEXE("Sexe", false, "sexe"),
    TRANCHE_AGE("Tranche d'âge", false, null),
    CORPS("Corps", false, "corps"),
    DISCIPLINE("Discipline", false, null),
    POPULATION("Catégorie de population", false, "population"),
    DEGRE("Degré (établissement d'affectation)", false, "degre"),
    NATURE("Nature de l'établissement d'affectation", false, "nature"),
    SECTEUR("Secteur de l'établissement d'affectation", false, "secteur"),
    EDUCATION_PRIORITAIRE("Éducation prioritaire (établissement d'affectation)", false, "ep"),
    DEPARTEMENT("Département (établissement d'affectation)", false, null),
    DISPOSITIF("Dispositif (Pacte / IMP)", true, "dispositif"),
    CATEGORIE_MISSION("Catégorie de mission", true, "categorie"),
    MISSION("Mission (code du catalogue)", true, null),
    TAUX_IMP("Taux IMP", true, "taux"),
    MODALITE("Modalité (payée / décharge)", true, "modalite");

    /** Code of a value the fact does not have (a Pacte mission has no IMP rate). */
    public static final String SANS_VALEUR = "";

    private final String libelle;
    private final boolean mission;
    private final String famille;

    Dimension(String libelle, boolean mission, String famille) {
        this.libelle = libelle;
        this.mission = mission;
        this.famille = famille;
    }

    public String libelle() {
        return libelle;
    }

    /** True for a dimension of the attribution (the mission), false for one of the person or her affectation. */
    public boolean mission() {
        return mission;
    }

    /** French label of a value of the dimension, as in the annual report's tables. */
    public String libelleValeur(String code) {
        if (code == null || code.isEmpty()) {
            return this == EDUCATION_PRIORITAIRE ? Libelles.de("ep", "") : "Sans objet";
        }
        return switch (this) {
            case POPULATION -> switch (code) {
                case "ENSEIGNANT_2D" -> "Enseignants du second degré";
                case "ENSEIGNANT_1D" -> "Enseignants du premier degré";
                case "REMPLACANT_2D" -> "Remplaçants du second degré";
                case "DOCUMENTALISTE" -> "Professeurs documentalistes";
                case "PSYEN" -> "Psychologues de l'EN";
                default -> code;
            };
            case SECTEUR -> switch (code) {
                case "PU" -> "Public";
                case "PR" -> "Privé sous contrat";
                default -> code;
            };
            case TAUX_IMP -> "Taux " + code;
            default -> famille == null ? code : Libelles.de(famille, code);
        };
    }
}
