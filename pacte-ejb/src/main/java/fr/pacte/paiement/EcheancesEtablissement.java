package fr.pacte.paiement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The missions and instalments of an établissement for the year, with the totals per month. */
public record EcheancesEtablissement(String uai, List<MissionPayee> missions, List<LigneEcheance> echeances,
                                     List<TotalMois> mois, BigDecimal total) implements Serializable {
}
