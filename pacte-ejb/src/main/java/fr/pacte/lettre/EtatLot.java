package fr.pacte.lettre;

/** Where a bulk ZIP of letters stands. */
public enum EtatLot {
    EN_ATTENTE, EN_COURS, TERMINE, ECHEC
}
