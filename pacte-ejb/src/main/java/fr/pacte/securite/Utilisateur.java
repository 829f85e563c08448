package fr.pacte.securite;

/**
 * The authenticated caller and its scope: a DASEN is bound to one département, an IEN to one circonscription (the
 * écoles that carry it), a chef d'établissement to one UAI. A PERSONNEL account is bound to one agent (its
 * identifiant) and sees only his own letters and missions.
 * Every service derives what the caller may see from this object, whatever the entry point: the scope is decided
 * here and only here.
 */
public record Utilisateur(String login, Role role, String departement, String uai, String nomAffiche,
                          String identifiant, String circonscription) {

    public Utilisateur(String login, Role role, String departement, String uai, String nomAffiche) {
        this(login, role, departement, uai, nomAffiche, null, null);
    }

    public Utilisateur(String login, Role role, String departement, String uai, String nomAffiche, String identifiant) {
        this(login, role, departement, uai, nomAffiche, identifiant, null);
    }

    public boolean voitToutLAcademie() {
        return role == Role.RECTORAT || role == Role.ANALYSTE;
    }

    /** Analysts work on statistics only: no screen or API gives them people's names. */
    public boolean voitLesNoms() {
        return role != Role.ANALYSTE;
    }

    /**
     * Scope without the établissement's circonscription: an IEN is refused (his scope needs it, so a caller that
     * does not know it fails closed). Callers that can serve an IEN use the three-argument form.
     */
    public boolean peutVoirEtablissement(String uaiEtablissement, String departementEtablissement) {
        return peutVoirEtablissement(uaiEtablissement, departementEtablissement, null);
    }

    /** May the caller see this établissement (its data, envelope, requests, attributions, letters)? */
    public boolean peutVoirEtablissement(String uaiEtablissement, String departementEtablissement,
                                         String circonscriptionEtablissement) {
        return switch (role) {
            case RECTORAT, ANALYSTE -> true;
            case DASEN -> departement.equals(departementEtablissement);
            case IEN -> circonscription.equals(circonscriptionEtablissement);
            case CHEF_ETABLISSEMENT -> uai.equals(uaiEtablissement);
            case PERSONNEL -> false;
        };
    }

    /**
     * May the caller ask for the établissements of this département? A filter outside the scope is refused (403)
     * rather than silently narrowed to the scope (issue 16, point 2): the caller learns that he asked for too much.
     * A chef's département is his UAI's first three digits; an IEN's, his account's.
     */
    public boolean peutFiltrerDepartement(String code) {
        return switch (role) {
            case RECTORAT, ANALYSTE -> true;
            case DASEN, IEN -> code.equals(departement);
            case CHEF_ETABLISSEMENT -> uai != null && uai.startsWith(code);
            case PERSONNEL -> false;
        };
    }

    /**
     * May the caller instruct and decide the requests of this établissement? The écoles of a circonscription are
     * the IEN's (« les IEN pour les écoles de leur circonscription »); the DASEN instructs the rest of his
     * département (the second degré, and écoles not yet placed in a circonscription) and only reads the others.
     */
    public boolean instruitPour(String departementEtablissement, String circonscriptionEtablissement) {
        return switch (role) {
            case DASEN -> circonscriptionEtablissement == null && departement.equals(departementEtablissement);
            case IEN -> circonscription.equals(circonscriptionEtablissement);
            default -> false;
        };
    }

    /** The instructing roles: they receive the requests' notifications and see the instruction page. */
    public boolean instruitLesDemandes() {
        return role == Role.DASEN || role == Role.IEN;
    }

    public String libellePerimetre() {
        return switch (role) {
            case RECTORAT -> "Toute l'académie";
            case ANALYSTE -> "Statistiques de l'académie (sans données nominatives)";
            case DASEN -> "Département " + departement;
            case IEN -> "Circonscription " + circonscription;
            case CHEF_ETABLISSEMENT -> "Établissement " + uai;
            case PERSONNEL -> "Mes lettres de mission";
        };
    }
}
