package fr.pacte.paiement;

import java.io.Serializable;
import fr.pacte.referentiel.Modalite;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An attribution seen from payments: its yearly amount (none for a décharge, which counts its weekly hours), what
 * payroll already received for it, and whether the service fait of a one-off mission is recorded.
 */
public record MissionPayee(long attributionId, String uai, String identifiant, String dispositif, String codeMission,
                           String voie, String taux, Modalite modalite, LocalDate debut, LocalDate fin,
                           BigDecimal montantAnnuel, BigDecimal heuresDecharge, boolean annulee, boolean serviceFait,
                           BigDecimal envoye) implements Serializable {

    public boolean enAttenteServiceFait() {
        return modalite == Modalite.PONCTUELLE && !annulee && !serviceFait;
    }
}
