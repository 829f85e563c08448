package fr.pacte.dotation;

import java.math.BigDecimal;

/**
 * One line of the académie's allocation with what envelopes and reserves already take from it, and its version
 * (0 for a line never set): a write sends back the version it read.
 */
public record EtatAllocation(LigneAllocation ligne, BigDecimal alloue, BigDecimal distribue, long version) {

    public EtatAllocation(LigneAllocation ligne, BigDecimal alloue, BigDecimal distribue) {
        this(ligne, alloue, distribue, 0);
    }

    public BigDecimal reste() {
        return alloue.subtract(distribue);
    }
}
