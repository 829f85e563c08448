package fr.pacte.suivi;

import fr.pacte.attribution.AttributionVue;

import java.math.BigDecimal;

/**
 * What the suivi rules need of one attribution.
 *
 * @param quantumHeures  hours of one part in the catalogue, null for a forfait or an IMP (not hour-based)
 * @param heuresPrevues  hours the attribution currently carries (after earlier redéploiements)
 * @param heuresFaites   hours recorded as done so far
 */
public record EtatSuivi(long id, String annee, String uai, String identifiant, String codeMission,
                        Integer quantumHeures, BigDecimal heuresPrevues, BigDecimal heuresFaites, boolean annulee) {

    /** The suivi of an attribution as the attribution module publishes it. */
    public static EtatSuivi de(AttributionVue a, Integer quantumHeures, BigDecimal heuresFaites) {
        return new EtatSuivi(a.id(), a.anneeScolaire(), a.uai(), a.identifiant(), a.codeMission(), quantumHeures,
                a.heures(), heuresFaites, a.annulee());
    }

    public boolean enHeures() {
        return quantumHeures != null && heuresPrevues != null;
    }

    /** Hours planned and not (yet) done: what may be redeployed. */
    public BigDecimal heuresNonFaites() {
        if (!enHeures()) {
            return BigDecimal.ZERO;
        }
        return heuresPrevues.subtract(heuresFaites == null ? BigDecimal.ZERO : heuresFaites).max(BigDecimal.ZERO);
    }
}
