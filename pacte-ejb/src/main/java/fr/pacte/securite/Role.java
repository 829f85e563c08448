package fr.pacte.securite;

/** The roles of the Elytron realm; their names are those stored in securite.compte.role. */
public enum Role {
    RECTORAT("Rectorat"),
    DASEN("DASEN"),
    IEN("IEN"),
    CHEF_ETABLISSEMENT("Chef d'établissement"),
    ANALYSTE("Analyste"),
    PERSONNEL("Personnel");

    public static final String R_RECTORAT = "RECTORAT";
    public static final String R_DASEN = "DASEN";
    /** Inspecteur de l'éducation nationale: the écoles of one circonscription. */
    public static final String R_IEN = "IEN";
    public static final String R_CHEF = "CHEF_ETABLISSEMENT";
    public static final String R_ANALYSTE = "ANALYSTE";
    public static final String R_PERSONNEL = "PERSONNEL";

    private final String libelle;

    Role(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
