package fr.pacte.securite;

/** Facade of the securite module: who is calling, and what may it see. */
public interface SecuriteService {

    /** The authenticated caller, with its role and scope; refused if the account is unknown or inactive. */
    Utilisateur utilisateurCourant();

    /** E-mail addresses of the active accounts of a role within a scope (département or UAI, null for any). */
    java.util.List<String> courriels(Role role, String departement, String uai);
}
