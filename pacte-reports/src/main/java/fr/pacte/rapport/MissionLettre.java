package fr.pacte.rapport;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Mission du Pacte (part fonctionnelle de l'ISOE ou de l'ISAE) ; {@code heures} nul pour une mission forfaitaire ;
 * {@code bilanRemisA} : destinataire du bilan d'activité (seed 001), nul s'il n'est pas connu.
 */
public record MissionLettre(String libelle, LocalDate debut, LocalDate fin, BigDecimal parts, BigDecimal heures,
                            String bilanRemisA) {

    public MissionLettre(String libelle, LocalDate debut, LocalDate fin, BigDecimal parts, BigDecimal heures) {
        this(libelle, debut, fin, parts, heures, null);
    }
}
