package fr.pacte.dotation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an inline edit of the distribution screen needs back, read in the transaction that saved the envelope:
 * its new values and version, the allocation's state and the running totals per département.
 */
public record EnveloppeModifiee(String uai, BigDecimal parts, BigDecimal imp, long version,
                                List<EtatAllocation> allocation, List<TotalDepartement> totaux) {
}
