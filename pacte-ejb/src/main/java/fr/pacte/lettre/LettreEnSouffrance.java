package fr.pacte.lettre;

import java.io.Serializable;
/**
 * One letter of the follow-up table: an agent with missions in an établissement and the state of his current letter
 * (BROUILLON = not signed yet, SIGNEE = not accepted yet, ACCEPTEE = done).
 */
public record LettreEnSouffrance(String departement, String uai, String etablissement, String identifiant, String nom,
                                 String prenom, String etat, int numero) implements Serializable {

    public boolean nonSignee() {
        return "BROUILLON".equals(etat);
    }

    public boolean nonAcceptee() {
        return "SIGNEE".equals(etat);
    }

    /** Who the letter waits for, as the follow-up page says it. */
    public String attente() {
        return nonSignee() ? "signature du chef d'établissement" : nonAcceptee() ? "acceptation de l'agent" : "";
    }
}
