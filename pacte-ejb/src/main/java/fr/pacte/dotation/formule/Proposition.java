package fr.pacte.dotation.formule;

import fr.pacte.referentiel.Voie;

import java.math.BigDecimal;

/** Proposed envelope of one établissement: parts Pacte of its voie, IMP in taux de base. */
public record Proposition(String uai, Voie voie, BigDecimal parts, BigDecimal imp) {
}
