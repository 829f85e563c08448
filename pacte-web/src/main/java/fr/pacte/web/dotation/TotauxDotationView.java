package fr.pacte.web.dotation;

import fr.pacte.dotation.DotationService;
import fr.pacte.dotation.EtatAllocation;
import fr.pacte.dotation.TotalAcademie;
import fr.pacte.dotation.TotalDepartement;
import fr.pacte.referentiel.ReferentielService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The allocation panel and the running totals of the distribution screen, read again after every change so
 * that the rectorat always sees what is left.
 */
@Named
@ViewScoped
public class TotauxDotationView implements Serializable {

    @Inject
    private DotationService dotations;

    @Inject
    private ReferentielService referentiel;

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
        allocation = dotations.allocation(annee);
        totaux = dotations.totaux(annee);
        academie = TotalAcademie.de(allocation, totaux, referentiel.campagne(annee).montantPart());
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
