package fr.pacte.securite;

/** Facade of the securite module: who is calling, and what may it see. */
public interface SecuriteService {

    /** The authenticated caller, with its role and scope; refused if the account is unknown or inactive. */
    Utilisateur utilisateurCourant();

    /**
     * The caller changes his own password: the current one must be right and the new one follow
     * {@link RegleMotDePasse}; a provisional password stops being so. The session's identity keeps its roles until the
     * next login.
     *
     * @throws MotDePasseRefuseException naming what is wrong
     */
    void changerMotDePasse(String actuel, String nouveau);

    /** E-mail addresses of the active accounts of a role within a scope (département or UAI, null for any). */
    java.util.List<String> courriels(Role role, String departement, String uai);
}
