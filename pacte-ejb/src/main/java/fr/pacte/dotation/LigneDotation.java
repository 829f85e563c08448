package fr.pacte.dotation;

import java.io.Serializable;
import fr.pacte.referentiel.Voie;
import java.math.BigDecimal;

/**
 * One row of the distribution table: the établissement, its size, last year's envelope and consumption,
 * and this year's envelope (zero while not yet set). {@code version} is what an edit must send back.
 */
public record LigneDotation(String uai, String denomination, String nature, String departement,
                            String educationPrioritaire, int personnels, Voie voie,
                            BigDecimal partsN1, BigDecimal impN1, BigDecimal partsConsommeesN1, BigDecimal impConsommesN1,
                            BigDecimal parts, BigDecimal imp, BigDecimal dechargeHeures, long version) implements Serializable {
}
