package fr.pacte.paiement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Every mission and instalment of a personnel for the year (within the caller's scope), the year's total, and the
 * Pacte total in voie professionnelle against its cap (6 parts = 7 500 € with the default settings).
 */
public record EcheancierPersonnel(String identifiant, String nom, String prenom, List<MissionPayee> missions,
                                  List<LigneEcheance> echeances, BigDecimal totalAnnee, BigDecimal totalVoiePro,
                                  BigDecimal plafondVoiePro, BigDecimal heuresDecharge) implements Serializable {

    public boolean plafondVoieProAtteint() {
        return totalVoiePro.compareTo(plafondVoiePro) >= 0;
    }
}
