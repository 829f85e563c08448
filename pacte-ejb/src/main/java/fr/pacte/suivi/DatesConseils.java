package fr.pacte.suivi;

import java.time.LocalDate;

/** Dates of the avis of the conseil pédagogique, then of the conseil d'administration, on the répartition (seed 003). */
public record DatesConseils(LocalDate conseilPedagogique, LocalDate conseilAdministration) {
}
