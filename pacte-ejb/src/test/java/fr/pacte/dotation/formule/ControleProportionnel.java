package fr.pacte.dotation.formule;

import fr.pacte.referentiel.Nature;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks a proportional pool against the definition: bounds, the total (as close to the amount to share as the
 * plafonds allow) and proportionality, i.e. (x_j − 1) / w_j &lt; (x_i + 1) / w_i in quanta whenever j is above its
 * plancher and i below its plafond, which holds iff each share is its exact clamped share rounded down or up.
 */
record ControleProportionnel(Formule.Proportionnelle formule, ProprietesTest.Pool pool) {

    void verifier() {
        int n = pool.etablissements().size();
        if (n == 0) {
            return;
        }
        long total = aRepartir();
        BigDecimal plafond = pool.parts() ? formule.plafondParts() : formule.plafondImp();
        BigDecimal plancher = pool.parts() ? formule.plancherParts() : formule.plancherImp();
        long haut = plafond == null ? Long.MAX_VALUE : plafond.divide(pool.quantum(), 0, RoundingMode.FLOOR)
                .longValueExact();
        long bas = plancher.divide(pool.quantum(), 0, RoundingMode.CEILING).longValueExact();
        if (bas > haut || bas * n > total) {
            assertTrue(pool.averti("plancher ignoré"), () -> "avertissement attendu : " + pool.avertissements());
            bas = 0;
        }
        long somme = 0;
        for (int i = 0; i < n; i++) {
            long x = pool.unites(i);
            assertTrue(x <= haut, "plafond");
            assertTrue(x >= bas, "plancher");
            if (poids(i).signum() == 0) {
                assertEquals(bas, x, "sans personnel, le plancher seulement");
            }
            somme += x;
        }
        if (somme < total) {
            for (int i = 0; i < n; i++) {
                assertTrue(poids(i).signum() == 0 || pool.unites(i) == haut, "reste seulement si tous au plafond");
            }
        } else {
            assertEquals(total, somme, "tout le disponible réparti");
        }
        verifierProportionnalite(bas, haut);
    }

    private long aRepartir() {
        long disponible = pool.unitesDisponibles();
        if (pool.parts() || formule.impParEnseignants() == null) {
            return disponible;
        }
        long personnels = pool.etablissements().stream().mapToLong(EtablissementADoter::personnels).sum();
        long cible = BigDecimal.valueOf(personnels).divide(formule.impParEnseignants().multiply(pool.quantum()), 0,
                RoundingMode.FLOOR).longValueExact();
        return Math.min(cible, disponible);
    }

    private void verifierProportionnalite(long bas, long haut) {
        BigDecimal maxDessus = null;
        BigDecimal minDessous = null;
        List<EtablissementADoter> e = pool.etablissements();
        for (int i = 0; i < e.size(); i++) {
            BigDecimal w = poids(i);
            long x = pool.unites(i);
            if (w.signum() == 0) {
                continue;
            }
            if (x > bas) {
                BigDecimal r = BigDecimal.valueOf(x - 1).divide(w, MathContext.DECIMAL128);
                maxDessus = maxDessus == null ? r : maxDessus.max(r);
            }
            if (x < haut) {
                BigDecimal r = BigDecimal.valueOf(x + 1).divide(w, MathContext.DECIMAL128);
                minDessous = minDessous == null ? r : minDessous.min(r);
            }
        }
        if (maxDessus != null && minDessous != null) {
            assertTrue(maxDessus.compareTo(minDessous) < 0, "proportionnalité");
        }
    }

    private BigDecimal poids(int i) {
        EtablissementADoter e = pool.etablissements().get(i);
        BigDecimal ep = switch (e.ep()) {
            case HORS_EP -> BigDecimal.ONE;
            case REP -> formule.poidsRep();
            case REP_PLUS -> formule.poidsRepPlus();
        };
        BigDecimal lp = e.nature() == Nature.LP || e.nature() == Nature.LPO ? formule.poidsLp() : BigDecimal.ONE;
        return BigDecimal.valueOf(e.personnels()).multiply(ep).multiply(lp);
    }
}
