package fr.pacte.attribution;

import fr.pacte.referentiel.Modalite;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An attribution as typed on the screen, sent to the API or read from an import line: the same record goes
 * through the same rules whatever the entry point.
 */
public record NouvelleAttribution(String annee, String uai, String identifiant, String dispositif, String codeMission,
                                  BigDecimal parts, String tauxImp, BigDecimal heures, LocalDate dateDebut,
                                  LocalDate dateFin, Modalite modalite) {
}
