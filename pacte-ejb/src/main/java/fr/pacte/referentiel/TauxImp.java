package fr.pacte.referentiel;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An IMP rate with its STSWeb code (seed 003): 001 quart … 005 triple. Reference data, read-only.
 *
 * @param coefficient   the IMP units one attribution at this rate takes from the envelope
 * @param montantAnnuel its yearly amount in euros (what an attribution at this rate is worth, V25)
 */
public record TauxImp(String codeSts, String libelle, BigDecimal coefficient, BigDecimal montantAnnuel) implements Serializable {
}
