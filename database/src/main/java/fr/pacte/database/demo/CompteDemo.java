package fr.pacte.database.demo;

/**
 * An account created for the demonstration, with its clear password so that the run command can list it.
 *
 * @param perimetre what the account sees, e.g. "Isère (038)", "0380001X – Collège … (commune)" or "Académie"
 */
public record CompteDemo(String login, String motDePasse, String role, String perimetre) {
}
