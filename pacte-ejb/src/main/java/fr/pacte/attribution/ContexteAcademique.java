package fr.pacte.attribution;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the rules of an académique IMP need, gathered by the service under the lock of the allocation lines.
 *
 * @param impAlloues    the académie's IMP allocation line for the campaign
 * @param impDistribues what is already taken from it: envelopes (décharge hours included), département reserves and
 *                      académique IMP (dotation.allocation.distribue, kept by the database)
 */
public record ContexteAcademique(LocalDate debutCampagne, LocalDate finCampagne, String affectationPersonnel,
                                 String voieMission, BigDecimal coefficientTaux, BigDecimal impAlloues,
                                 BigDecimal impDistribues) {
}
