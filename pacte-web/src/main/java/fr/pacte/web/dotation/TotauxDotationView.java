package fr.pacte.web.dotation;

import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.EtatAllocation;
import fr.pacte.dotation.LigneAllocation;
import fr.pacte.dotation.TotalDepartement;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The allocation panel and the running totals of the distribution screen, read again after every change so
 * that the rectorat always sees what is left.
 */
@Named
@ViewScoped
public class TotauxDotationView implements Serializable {

    /** The académie's envelopes and reserves against its allocation, parts (all voies) and IMP. */
    public record TotalAcademie(int etablissements, BigDecimal parts, BigDecimal reserveParts, BigDecimal partsAllouees,
                                BigDecimal imp, BigDecimal reserveImp, BigDecimal impAlloues) implements Serializable {

        public BigDecimal getResteParts() {
            return partsAllouees.subtract(parts).subtract(reserveParts);
        }

        public BigDecimal getResteImp() {
            return impAlloues.subtract(imp).subtract(reserveImp);
        }
    }

    @Inject
    private DotationService dotations;

    // service records, read again on every request that changes them
    private transient List<EtatAllocation> allocation = List.of();
    private transient List<TotalDepartement> totaux = List.of();
    private TotalAcademie academie;

    public void recharger(String annee) {
        if (annee == null) {
            allocation = List.of();
            totaux = List.of();
            academie = null;
            return;
        }
        afficher(dotations.allocation(annee), dotations.totaux(annee));
    }

    /** Shows the state an inline edit answered, read in its own transaction: no second read. */
    void afficher(List<EtatAllocation> etat, List<TotalDepartement> parDepartement) {
        allocation = etat;
        totaux = parDepartement;
        BigDecimal partsAllouees = allocation.stream().filter(e -> e.ligne() != LigneAllocation.IMP)
                .map(EtatAllocation::alloue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal impAlloues = allocation.stream().filter(e -> e.ligne() == LigneAllocation.IMP)
                .map(EtatAllocation::alloue).reduce(BigDecimal.ZERO, BigDecimal::add);
        academie = new TotalAcademie(totaux.stream().mapToInt(TotalDepartement::etablissements).sum(),
                somme(TotalDepartement::parts), somme(TotalDepartement::reserveParts), partsAllouees,
                somme(TotalDepartement::imp), somme(TotalDepartement::reserveImp), impAlloues);
    }

    private BigDecimal somme(Function<TotalDepartement, BigDecimal> valeur) {
        return totaux.stream().map(valeur).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<EtatAllocation> getAllocation() {
        return allocation == null ? List.of() : allocation;
    }

    public List<TotalDepartement> getTotaux() {
        return totaux == null ? List.of() : totaux;
    }

    public TotalAcademie getAcademie() {
        return academie;
    }

    /** Nothing allocated yet: the formula has nothing to share. */
    public boolean isSansAllocation() {
        return getAllocation().stream().allMatch(e -> e.alloue().signum() == 0);
    }
}
