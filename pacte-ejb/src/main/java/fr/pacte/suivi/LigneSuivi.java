package fr.pacte.suivi;

import java.io.Serializable;
import fr.pacte.referentiel.Modalite;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An attribution of the établissement as the chef follows it: who, which mission, hours planned (after the
 * redéploiements), done, received from and given to other missions, and the end-of-year bilan with its recipient
 * from the catalogue.
 */
public record LigneSuivi(long id, String identifiant, String nom, String prenom, String dispositif, String codeMission,
                         String libelleMission, BigDecimal parts, String tauxImp, BigDecimal unitesImp, Modalite modalite,
                         LocalDate dateDebut, LocalDate dateFin, Integer quantumHeures, BigDecimal heuresPrevues,
                         BigDecimal heuresFaites, BigDecimal heuresRecues, BigDecimal heuresCedees, String bilan,
                         String destinataireBilan, boolean annulee) implements Serializable {

    /** The parts a person holds on a mission of the catalogue, cancelled attributions left out. */
    public static BigDecimal partsDe(List<LigneSuivi> lignes, String identifiant, String codeMission) {
        return lignes.stream().filter(l -> !l.annulee() && l.parts() != null && l.identifiant().equals(identifiant)
                && l.codeMission().equals(codeMission)).map(LigneSuivi::parts).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean enHeures() {
        return quantumHeures != null && heuresPrevues != null;
    }

    public BigDecimal heuresNonFaites() {
        return enHeures() ? heuresPrevues.subtract(heuresFaites).max(BigDecimal.ZERO) : BigDecimal.ZERO;
    }
}
