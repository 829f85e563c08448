package fr.pacte.demande;

import java.util.EnumSet;
import java.util.Set;

/**
 * brouillon → déposée → en instruction → acceptée / acceptée partiellement / refusée, or retirée by the chef
 * before the decision. The DASEN may decide a request still "déposée" (instruction is then implied).
 */
public enum EtatDemande {
    BROUILLON("Brouillon"),
    DEPOSEE("Déposée"),
    EN_INSTRUCTION("En instruction"),
    ACCEPTEE("Acceptée"),
    ACCEPTEE_PARTIELLEMENT("Acceptée partiellement"),
    REFUSEE("Refusée"),
    RETIREE("Retirée");

    private final String libelle;

    EtatDemande(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public boolean estFinal() {
        return suivants().isEmpty();
    }

    public boolean peutPasserA(EtatDemande cible) {
        return suivants().contains(cible);
    }

    private Set<EtatDemande> suivants() {
        return switch (this) {
            case BROUILLON -> EnumSet.of(DEPOSEE, RETIREE);
            case DEPOSEE -> EnumSet.of(EN_INSTRUCTION, ACCEPTEE, ACCEPTEE_PARTIELLEMENT, REFUSEE, RETIREE);
            case EN_INSTRUCTION -> EnumSet.of(ACCEPTEE, ACCEPTEE_PARTIELLEMENT, REFUSEE, RETIREE);
            case ACCEPTEE, ACCEPTEE_PARTIELLEMENT, REFUSEE, RETIREE -> EnumSet.noneOf(EtatDemande.class);
        };
    }
}
