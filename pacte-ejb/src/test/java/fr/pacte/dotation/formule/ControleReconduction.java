package fr.pacte.dotation.formule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks a renewed pool: each proposal is its target (scaled down when the pool is over its disponible) rounded
 * down or up to the quantum, and the total is the targets' total rounded, or the whole disponible when scaled.
 */
record ControleReconduction(Formule.ReconductionN1 formule, ProprietesTest.Pool pool) {

    void verifier() {
        int n = pool.etablissements().size();
        BigDecimal facteur = BigDecimal.ONE.add(formule.pourcentage().movePointLeft(2));
        BigDecimal[] cibles = new BigDecimal[n];
        BigDecimal somme = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            cibles[i] = base(pool.etablissements().get(i)).multiply(facteur);
            somme = somme.add(cibles[i]);
        }
        boolean reduit = somme.compareTo(pool.disponible()) > 0;
        long total;
        if (reduit) {
            assertTrue(pool.averti("propositions réduites proportionnellement"), "avertissement de réduction");
            total = pool.unitesDisponibles();
            BigDecimal echelle = pool.quantum().multiply(BigDecimal.valueOf(total))
                    .divide(somme, MathContext.DECIMAL128);
            for (int i = 0; i < n; i++) {
                cibles[i] = cibles[i].multiply(echelle);
            }
        } else {
            total = Math.min(somme.divide(pool.quantum(), 0, RoundingMode.HALF_UP).longValueExact(),
                    pool.unitesDisponibles());
        }
        long obtenu = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal ecart = pool.valeurs().get(i).subtract(cibles[i]).abs();
            assertTrue(ecart.compareTo(pool.quantum()) < 0, "à moins d'un quantum de sa cible");
            obtenu += pool.unites(i);
        }
        assertEquals(total, obtenu, "total");
    }

    private BigDecimal base(EtablissementADoter e) {
        if (pool.parts()) {
            return formule.baseConsommation() ? e.partsConsommeesN1() : e.enveloppePartsN1();
        }
        return formule.baseConsommation() ? e.impConsommesN1() : e.enveloppeImpN1();
    }
}
