package fr.pacte.attribution;

import java.io.Serializable;
import java.math.BigDecimal;

/** The établissement's envelope (from the dotation module), what its active attributions take, and what remains. */
public record ResteEnveloppe(boolean publiee, String voie, BigDecimal parts, BigDecimal partsAttribuees, BigDecimal imp,
                             BigDecimal impAttribues, BigDecimal decharge, BigDecimal dechargeAttribuee) implements Serializable {

    public BigDecimal partsRestantes() {
        return parts.subtract(partsAttribuees);
    }

    public BigDecimal impRestants() {
        return imp.subtract(impAttribues);
    }

    public BigDecimal dechargeRestante() {
        return decharge.subtract(dechargeAttribuee);
    }
}
