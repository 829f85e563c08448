package fr.pacte.paiement;

/** Domain event: a month was closed (its lines sent); its files are produced once the run has committed. */
public record MoisClos(long execution) {
}
