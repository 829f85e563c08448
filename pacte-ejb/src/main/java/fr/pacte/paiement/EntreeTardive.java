package fr.pacte.paiement;

/**
 * Campaign setting (referentiel.campagne.paiement_entree_tardive): how an annual mission that starts after October
 * is paid. Either way the instalments sum exactly to the amount.
 */
public enum EntreeTardive {
    /** Paid from its first month, the ninths of the months missed caught up in that month (default). */
    RATTRAPAGE,
    /** The amount spread in equal instalments over the months left until June. */
    ETALEMENT
}
