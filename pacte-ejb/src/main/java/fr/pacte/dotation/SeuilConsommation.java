package fr.pacte.dotation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The under-consumption rule of the home page's alert list: an envelope is under-consumed when, for its parts or for
 * its IMP (each counted only if the envelope has some), less than the campaign's seuil_alerte_consommation percent
 * is attributed. An empty envelope is never in alert.
 */
public final class SeuilConsommation {

    private SeuilConsommation() {
    }

    /** Percent attributed (one decimal), or null when nothing was given. */
    public static BigDecimal taux(BigDecimal dotation, BigDecimal attribue) {
        if (dotation == null || dotation.signum() <= 0) {
            return null;
        }
        return attribue.multiply(BigDecimal.valueOf(100)).divide(dotation, 1, RoundingMode.HALF_UP);
    }

    public static boolean sousConsommee(BigDecimal parts, BigDecimal partsAttribuees, BigDecimal imp, BigDecimal impAttribues,
                                        BigDecimal seuilPourcent) {
        return enDessous(taux(parts, partsAttribuees), seuilPourcent) || enDessous(taux(imp, impAttribues), seuilPourcent);
    }

    private static boolean enDessous(BigDecimal taux, BigDecimal seuil) {
        return taux != null && taux.compareTo(seuil) < 0;
    }
}
