package fr.pacte.referentiel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a mission is worth in euros, answered once for the payment module and the screens. Pacte: parts × the
 * campaign's amount of a part (seeds 001/002: 1 250 €, a campaign setting); IMP: the yearly amount of its rate
 * (seed 003, referentiel.taux_imp); an IMP taken as décharge de service is paid in time, not in euros.
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

    /**
     * @param montantTaux the yearly amount of the IMP's rate (unused for the Pacte)
     * @return the yearly amount of one attribution
     */
    public static BigDecimal annuel(Dispositif dispositif, boolean decharge, BigDecimal parts, BigDecimal montantPart,
                                    BigDecimal montantTaux) {
        if (decharge) {
            return BigDecimal.ZERO.setScale(2);
        }
        return dispositif == Dispositif.PACTE ? desParts(parts, montantPart) : montantTaux.setScale(2);
    }
}
