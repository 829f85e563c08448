package fr.pacte.dotation;

import java.io.Serializable;
import java.math.BigDecimal;

/** Consumption of the envelopes of one group (a département, or a nature of établissement): given and attributed. */
public record ConsommationGroupe(String groupe, BigDecimal parts, BigDecimal partsAttribuees, BigDecimal imp,
                                 BigDecimal impAttribues) implements Serializable {

    public BigDecimal tauxParts() {
        return SeuilConsommation.taux(parts, partsAttribuees);
    }

    public BigDecimal tauxImp() {
        return SeuilConsommation.taux(imp, impAttribues);
    }
}
