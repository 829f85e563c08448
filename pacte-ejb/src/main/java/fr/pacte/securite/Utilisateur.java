package fr.pacte.securite;

/**
 * The authenticated caller and its scope: a DASEN is bound to one département, a chef d'établissement to one UAI.
 * A PERSONNEL account is bound to one agent (its identifiant) and sees only his own letters and missions.
 * Every service derives what the caller may see from this object, whatever the entry point.
 */
public record Utilisateur(String login, Role role, String departement, String uai, String nomAffiche,
                          String identifiant) {

    public Utilisateur(String login, Role role, String departement, String uai, String nomAffiche) {
        this(login, role, departement, uai, nomAffiche, null);
    }

    public boolean voitToutLAcademie() {
        return role == Role.RECTORAT || role == Role.ANALYSTE;
    }

    /** Analysts work on statistics only: no screen or API gives them people's names. */
    public boolean voitLesNoms() {
        return role != Role.ANALYSTE;
    }

    public boolean peutVoirEtablissement(String uaiEtablissement, String departementEtablissement) {
        return switch (role) {
            case RECTORAT, ANALYSTE -> true;
            case DASEN -> departement.equals(departementEtablissement);
            case CHEF_ETABLISSEMENT -> uai.equals(uaiEtablissement);
            case PERSONNEL -> false;
        };
    }

    public String libellePerimetre() {
        return switch (role) {
            case RECTORAT -> "Toute l'académie";
            case ANALYSTE -> "Statistiques de l'académie (sans données nominatives)";
            case DASEN -> "Département " + departement;
            case CHEF_ETABLISSEMENT -> "Établissement " + uai;
            case PERSONNEL -> "Mes lettres de mission";
        };
    }
}
