package fr.pacte.dotation;

import java.math.BigDecimal;

/** One line of the académie's allocation with what envelopes and reserves already take from it. */
public record EtatAllocation(LigneAllocation ligne, BigDecimal alloue, BigDecimal distribue) {

    public BigDecimal reste() {
        return alloue.subtract(distribue);
    }
}
