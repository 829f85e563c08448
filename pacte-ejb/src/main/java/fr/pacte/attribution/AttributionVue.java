package fr.pacte.attribution;

import java.io.Serializable;
import fr.pacte.referentiel.Modalite;
import java.math.BigDecimal;
import java.time.LocalDate;

public record AttributionVue(long id, String anneeScolaire, String uai, String identifiant, String dispositif,
                             String codeMission, String voie, BigDecimal parts, String tauxImp, BigDecimal unitesImp,
                             BigDecimal heures, LocalDate dateDebut, LocalDate dateFin, Modalite modalite,
                             boolean annulee, long version, BigDecimal montant) implements Serializable {
}
