package fr.pacte.lettre;

/**
 * What a letter says about the établissement and the agent, read from the référentiel with the attributions.
 * {@code nature} is the établissement's (CLG, LP, ECOLE…); {@code numero} the current version's number.
 */
public record EnteteLettre(String anneeScolaire, String uai, String nature, String denominationPrincipale,
                           String denominationComplementaire, String commune, String identifiant, String civilite,
                           String prenom, String nom, String discipline, int numero, String circonscription) {

    public EnteteLettre {
        if (numero < 1) {
            numero = 1;
        }
    }

    /** Outside a circonscription: every établissement of the second degré, an école not yet placed in one. */
    public EnteteLettre(String anneeScolaire, String uai, String nature, String denominationPrincipale,
                        String denominationComplementaire, String commune, String identifiant, String civilite,
                        String prenom, String nom, String discipline, int numero) {
        this(anneeScolaire, uai, nature, denominationPrincipale, denominationComplementaire, commune, identifiant,
                civilite, prenom, nom, discipline, numero, null);
    }
}
