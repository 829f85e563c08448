package fr.pacte.paiement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Totals per month within the caller's scope, reconciled with the attributions: the amounts of the active
 * attributions = every instalment (sent or planned) + the one-off missions still waiting for their service fait.
 */
public record SynthesePaiements(String annee, List<TotalMois> mois, BigDecimal totalEcheances,
                                BigDecimal totalAttributions, BigDecimal enAttenteServiceFait) implements Serializable {

    public boolean concordant() {
        return totalAttributions.compareTo(totalEcheances.add(enAttenteServiceFait)) == 0;
    }
}
