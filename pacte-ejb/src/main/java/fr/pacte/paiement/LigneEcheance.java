package fr.pacte.paiement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An instalment as shown and sent: {@code taux} is the number of parts for Pacte, the STS code of the rate for an
 * IMP; {@code envoyee} once a monthly run sent it to payroll.
 */
public record LigneEcheance(long attributionId, String identifiant, String uai, String dispositif, String codeMission,
                            String taux, YearMonth mois, BigDecimal montant, boolean regularisation, boolean envoyee) implements Serializable {

    public String departement() {
        return uai.substring(0, 3);
    }
}
