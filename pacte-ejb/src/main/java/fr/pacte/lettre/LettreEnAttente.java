package fr.pacte.lettre;

/**
 * Domain event of the lettre module: a letter now waits for someone — the chef's signature (a first letter, or an
 * avenant opened by a change of missions) or the agent's acceptance. Fired in the transaction of the change.
 *
 * @param numero the version (1 = the letter, n > 1 = avenant n° n-1)
 */
public record LettreEnAttente(String annee, String uai, String identifiant, Attente attente, int numero) {

    public enum Attente { SIGNATURE, ACCEPTATION }
}
