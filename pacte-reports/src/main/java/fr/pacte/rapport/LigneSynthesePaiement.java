package fr.pacte.rapport;

import java.math.BigDecimal;

/** Une ligne de la synthèse d'un mois de paie : un département, un dispositif, ses lignes et ses montants. */
public record LigneSynthesePaiement(
        String departement,
        String dispositif,
        Integer lignes,
        BigDecimal montant,
        BigDecimal regularisations) {
}
