package fr.pacte.dotation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an inline edit of the distribution screen needs back, read in the transaction that saved the envelope:
 * its new values and version, the allocation's state, the running totals per département and for the académie.
 */
public record EnveloppeModifiee(String uai, BigDecimal parts, BigDecimal imp, long version,
                                List<EtatAllocation> allocation, List<TotalDepartement> totaux, TotalAcademie academie) {

    public EnveloppeModifiee(String uai, BigDecimal parts, BigDecimal imp, long version,
                             List<EtatAllocation> allocation, List<TotalDepartement> totaux, BigDecimal montantPart) {
        this(uai, parts, imp, version, allocation, totaux, TotalAcademie.de(allocation, totaux, montantPart));
    }
}
