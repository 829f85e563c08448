package fr.pacte.paiement;

/** A file of a closed month, as stored when the month was closed. */
public record FichierPaiement(String nom, String type, byte[] contenu) {
}
