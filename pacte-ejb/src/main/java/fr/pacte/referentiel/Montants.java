package fr.pacte.referentiel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What parts are worth in euros: parts × the campaign's amount of a part (seeds 001/002: 1 250 €, a campaign
 * setting), to the cent. The envelopes' figures on screen use it; an attribution's own amount is computed once by
 * PostgreSQL with the same rounding and stored with it (V25, {@code mission.attribution.montant}), which the
 * payment module, the letters and the warehouse read.
 */
public final class Montants {

    private Montants() {
    }

    /**
     * Parts at the campaign's amount of a part, to the cent (a half part of 1 250 € is 625,00 €). The amount is a
     * campaign setting in cents and half parts may be allowed: a half part of 1 250,01 € is rounded to the nearest
     * cent (625,01 €) rather than refused at payment or on screen.
     */
    public static BigDecimal desParts(BigDecimal parts, BigDecimal montantPart) {
        return parts.multiply(montantPart).setScale(2, RoundingMode.HALF_UP);
    }
}
