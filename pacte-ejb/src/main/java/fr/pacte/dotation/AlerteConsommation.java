package fr.pacte.dotation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An envelope under-consumed against the campaign's threshold, with what the same établissement consumed in N-1
 * (parts_consommees / imp_consommes frozen at the close of N-1, null when it had no envelope then).
 */
public record AlerteConsommation(String departement, String uai, String etablissement, String nature,
                                 BigDecimal parts, BigDecimal partsAttribuees, BigDecimal imp, BigDecimal impAttribues,
                                 BigDecimal partsN1, BigDecimal partsConsommeesN1, BigDecimal impN1, BigDecimal impConsommesN1) implements Serializable {

    public BigDecimal tauxParts() {
        return SeuilConsommation.taux(parts, partsAttribuees);
    }

    public BigDecimal tauxImp() {
        return SeuilConsommation.taux(imp, impAttribues);
    }

    public BigDecimal tauxPartsN1() {
        return partsN1 == null ? null : SeuilConsommation.taux(partsN1, partsConsommeesN1);
    }

    public BigDecimal tauxImpN1() {
        return impN1 == null ? null : SeuilConsommation.taux(impN1, impConsommesN1);
    }
}
