package fr.pacte.attribution;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The académie-level IMP of a campaign, with the IMP allocation line they are taken from.
 *
 * @param impAlloues     the allocation's IMP line
 * @param impDistribues  envelopes + département reserves + académique IMP (what is left = alloues − distribues)
 * @param impAcademiques the active académique IMP units
 * @param impRestants    what may still be attributed or distributed from the line (alloues − distribues)
 */
public record MissionsAcademiques(String annee, BigDecimal impAlloues, BigDecimal impDistribues,
                                  BigDecimal impAcademiques, BigDecimal impRestants, List<AttributionVue> attributions) implements Serializable {
}
