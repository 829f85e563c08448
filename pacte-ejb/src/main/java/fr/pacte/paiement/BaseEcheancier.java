package fr.pacte.paiement;

import fr.pacte.attribution.AttributionVue;
import fr.pacte.referentiel.Modalite;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a schedule is derived from: the attribution's current state, its yearly amount, the service fait of a
 * one-off mission and the campaign's rule for late starts. Nothing in a schedule is typed by hand.
 */
public record BaseEcheancier(BigDecimal montant, Modalite modalite, LocalDate debut, LocalDate fin, boolean annulee,
                             boolean serviceFait, int anneeDebut, EntreeTardive entreeTardive) {

    /** The yearly amount is the attribution's own (V25: computed once by PostgreSQL, stored with it). */
    public static BaseEcheancier de(AttributionVue a, boolean serviceFait, EntreeTardive regle) {
        return new BaseEcheancier(a.montant(), a.modalite(), a.dateDebut(), a.dateFin(),
                a.annulee(), serviceFait, Integer.parseInt(a.anneeScolaire().substring(0, 4)), regle);
    }
}
