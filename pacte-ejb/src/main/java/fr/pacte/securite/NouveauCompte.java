package fr.pacte.securite;

/**
 * An account as the rectorat creates or re-scopes it: the role and the one scope that role needs (DASEN →
 * département, IEN → circonscription, CHEF_ETABLISSEMENT → UAI, PERSONNEL → identifiant; RECTORAT and ANALYSTE
 * none).
 */
public record NouveauCompte(String login, Role role, String departement, String circonscription, String uai,
                            String identifiant, String nomAffiche, String courriel) {
}
