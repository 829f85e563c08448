package fr.pacte.paiement;

import fr.pacte.attribution.AttributionVue;
import fr.pacte.referentiel.Modalite;
import fr.pacte.referentiel.Dispositif;
import fr.pacte.referentiel.Montants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a schedule is derived from: the attribution's current state, its yearly amount, the service fait of a
 * one-off mission and the campaign's rule for late starts. Nothing in a schedule is typed by hand.
 */
public record BaseEcheancier(BigDecimal montant, Modalite modalite, LocalDate debut, LocalDate fin, boolean annulee,
                             boolean serviceFait, int anneeDebut, EntreeTardive entreeTardive) {

    /**
     * Pacte: parts × the campaign's amount of a part (1 250 € by default); IMP: the yearly amount of its rate
     * (referentiel.taux_imp); a décharge is paid in time, not in euros.
     */
    public static BigDecimal montantAnnuel(AttributionVue a, BigDecimal montantPart, Map<String, BigDecimal> tauxImp) {
        return Montants.annuel(Dispositif.de(a.dispositif()), a.modalite() == Modalite.DECHARGE, a.parts(), montantPart,
                a.tauxImp() == null ? null : tauxImp.get(a.tauxImp()));
    }

    public static BaseEcheancier de(AttributionVue a, BigDecimal montantPart, Map<String, BigDecimal> tauxImp,
                                    boolean serviceFait, EntreeTardive regle) {
        return new BaseEcheancier(montantAnnuel(a, montantPart, tauxImp), a.modalite(), a.dateDebut(), a.dateFin(),
                a.annulee(), serviceFait, Integer.parseInt(a.anneeScolaire().substring(0, 4)), regle);
    }
}
