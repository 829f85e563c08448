package fr.pacte.dotation;

import java.math.BigDecimal;

/** The part of the allocation kept for a département, delegated to its DASEN for the requests. */
public record ReserveDepartement(String departement, BigDecimal partsPremierDegre, BigDecimal partsSecondDegre,
                                 BigDecimal partsVoiePro, BigDecimal imp, long version) {
}
