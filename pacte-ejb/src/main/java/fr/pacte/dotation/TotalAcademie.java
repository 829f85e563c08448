package fr.pacte.dotation;

import fr.pacte.referentiel.Montants;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The académie's envelopes and reserves against its allocation, parts (all voies) and IMP: the last line of the
 * running totals, computed once here for the screen and for the inline edit's answer alike (the parts left also in
 * euros, at the campaign's amount of a part: {@link Montants}).
 */
public record TotalAcademie(int etablissements, BigDecimal parts, BigDecimal reserveParts, BigDecimal partsAllouees,
                            BigDecimal resteParts, BigDecimal imp, BigDecimal reserveImp, BigDecimal impAlloues,
                            BigDecimal resteImp, BigDecimal resteEuros) implements Serializable {

    public static TotalAcademie de(List<EtatAllocation> allocation, List<TotalDepartement> totaux, BigDecimal montantPart) {
        BigDecimal partsAllouees = allocation.stream().filter(e -> e.ligne() != LigneAllocation.IMP)
                .map(EtatAllocation::alloue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal impAlloues = allocation.stream().filter(e -> e.ligne() == LigneAllocation.IMP)
                .map(EtatAllocation::alloue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal parts = somme(totaux, TotalDepartement::parts);
        BigDecimal reserveParts = somme(totaux, TotalDepartement::reserveParts);
        BigDecimal imp = somme(totaux, TotalDepartement::imp);
        BigDecimal reserveImp = somme(totaux, TotalDepartement::reserveImp);
        BigDecimal resteParts = partsAllouees.subtract(parts).subtract(reserveParts);
        return new TotalAcademie(totaux.stream().mapToInt(TotalDepartement::etablissements).sum(),
                parts, reserveParts, partsAllouees, resteParts,
                imp, reserveImp, impAlloues, impAlloues.subtract(imp).subtract(reserveImp),
                Montants.desParts(resteParts, montantPart));
    }

    private static BigDecimal somme(List<TotalDepartement> totaux, Function<TotalDepartement, BigDecimal> valeur) {
        return totaux.stream().map(valeur).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
