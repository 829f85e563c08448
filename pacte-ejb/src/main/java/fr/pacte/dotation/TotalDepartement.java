package fr.pacte.dotation;

import java.math.BigDecimal;

/** Running totals of one département: envelopes of its établissements, and its reserve. */
public record TotalDepartement(String departement, String libelle, int etablissements, BigDecimal parts,
                               BigDecimal imp, BigDecimal reserveParts, BigDecimal reserveImp) {
}
