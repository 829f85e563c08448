package fr.pacte.rapport;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Mission du Pacte (part fonctionnelle de l'ISOE) ; {@code heures} nul pour une mission forfaitaire. */
public record MissionLettre(String libelle, LocalDate debut, LocalDate fin, BigDecimal parts, BigDecimal heures) {
}
