package fr.pacte.lettre;

import java.io.Serializable;
/**
 * A bulk ZIP of letters: its scope ({@code uai} null = every établissement of {@code departement}, or of the académie
 * when both are null), its progress and, once done, the size of the file and a summary.
 */
public record LotVue(long id, String anneeScolaire, String uai, String departement, String demandeur, EtatLot etat,
                     int total, int faites, Long taille, String message) implements Serializable {

    /** 0 to 100, for the progress bar. */
    public int pourcentage() {
        if (etat == EtatLot.TERMINE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, 100L * faites / total);
    }

    public boolean fini() {
        return etat == EtatLot.TERMINE || etat == EtatLot.ECHEC;
    }
}
