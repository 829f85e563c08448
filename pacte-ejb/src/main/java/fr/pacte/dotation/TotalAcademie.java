package fr.pacte.dotation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The académie's envelopes and reserves against its allocation, parts (all voies) and IMP: the last line of the
 * running totals, computed once here for the screen and for the inline edit's answer alike.
 */
public record TotalAcademie(int etablissements, BigDecimal parts, BigDecimal reserveParts, BigDecimal partsAllouees,
                            BigDecimal resteParts, BigDecimal imp, BigDecimal reserveImp, BigDecimal impAlloues,
                            BigDecimal resteImp) implements Serializable {

    public static TotalAcademie de(List<EtatAllocation> allocation, List<TotalDepartement> totaux) {
        BigDecimal partsAllouees = allocation.stream().filter(e -> e.ligne() != LigneAllocation.IMP)
                .map(EtatAllocation::alloue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal impAlloues = allocation.stream().filter(e -> e.ligne() == LigneAllocation.IMP)
                .map(EtatAllocation::alloue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal parts = somme(totaux, TotalDepartement::parts);
        BigDecimal reserveParts = somme(totaux, TotalDepartement::reserveParts);
        BigDecimal imp = somme(totaux, TotalDepartement::imp);
        BigDecimal reserveImp = somme(totaux, TotalDepartement::reserveImp);
        return new TotalAcademie(totaux.stream().mapToInt(TotalDepartement::etablissements).sum(),
                parts, reserveParts, partsAllouees, partsAllouees.subtract(parts).subtract(reserveParts),
                imp, reserveImp, impAlloues, impAlloues.subtract(imp).subtract(reserveImp));
    }

    private static BigDecimal somme(List<TotalDepartement> totaux, Function<TotalDepartement, BigDecimal> valeur) {
        return totaux.stream().map(valeur).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
