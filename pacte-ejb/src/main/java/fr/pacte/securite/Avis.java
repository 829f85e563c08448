package fr.pacte.securite;

/**
 * A message a module announces to a scope (the chefs of a UAI, the DASEN of a département, one agent), fired as a CDI
 * event in the transaction of the change. The demande module, which holds the in-application notifications,
 * observes it and stores it; modules above demande (mission) announce through it since they cannot call demande.
 *
 * @param objet what the message is about, e.g. LETTRE_A_SIGNER, RELANCE (kept with the notification)
 */
public record Avis(String objet, Role role, String departement, String uai, String identifiant, String message) {

    public static Avis auxChefs(String objet, String uai, String message) {
        return new Avis(objet, Role.CHEF_ETABLISSEMENT, null, uai, null, message);
    }

    public static Avis aLAgent(String objet, String identifiant, String message) {
        return new Avis(objet, Role.PERSONNEL, null, null, identifiant, message);
    }
}
