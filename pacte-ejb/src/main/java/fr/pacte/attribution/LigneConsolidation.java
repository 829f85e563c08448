package fr.pacte.attribution;

import java.io.Serializable;
import fr.pacte.referentiel.Modalite;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One active attribution of the académie with its établissement, for the rectorat's consolidated view. */
public record LigneConsolidation(long id, String uai, String denomination, String departement, String nature,
                                 String educationPrioritaire, String identifiant, String nom, String prenom,
                                 String dispositif, String codeMission, String libelleMission, BigDecimal parts,
                                 String tauxImp, BigDecimal unitesImp, BigDecimal heures, BigDecimal heuresFaites,
                                 Modalite modalite, LocalDate dateDebut, LocalDate dateFin) implements Serializable {
}
