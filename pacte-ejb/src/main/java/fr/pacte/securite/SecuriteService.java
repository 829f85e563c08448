package fr.pacte.securite;

/** Facade of the securite module: who is calling, and what may it see. */
public interface SecuriteService {

    /** The authenticated caller, with its role and scope; refused if the account is unknown or inactive. */
    Utilisateur utilisateurCourant();
}
