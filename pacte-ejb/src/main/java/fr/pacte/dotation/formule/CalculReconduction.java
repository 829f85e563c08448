package fr.pacte.dotation.formule;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** {@link Formule.ReconductionN1}: N-1 base × factor, rounded together, scaled down when over the disponible. */
final class CalculReconduction implements Calcul {

    private final Formule.ReconductionN1 formule;

    CalculReconduction(Formule.ReconductionN1 formule) {
        this.formule = formule;
    }

    @Override
    public long[] parts(Enveloppe enveloppe, List<String> avertissements) {
        return reconduire(enveloppe, formule.baseConsommation()
                ? EtablissementADoter::partsConsommeesN1 : EtablissementADoter::enveloppePartsN1, avertissements);
    }

    @Override
    public long[] imp(Enveloppe enveloppe, List<String> avertissements) {
        return reconduire(enveloppe, formule.baseConsommation()
                ? EtablissementADoter::impConsommesN1 : EtablissementADoter::enveloppeImpN1, avertissements);
    }

    private long[] reconduire(Enveloppe enveloppe, Function<EtablissementADoter, BigDecimal> base,
                              List<String> avertissements) {
        if (enveloppe.taille() == 0) {
            return new long[0];
        }
        BigDecimal facteur = formule.facteur();
        BigDecimal[] vises = enveloppe.etablissements().stream().map(e -> base.apply(e).multiply(facteur))
                .toArray(BigDecimal[]::new);
        BigDecimal somme = BigDecimal.ZERO;
        for (BigDecimal v : vises) {
            somme = somme.add(v);
        }
        if (somme.compareTo(enveloppe.disponible()) > 0) {
            avertissements.add("La reconduction demande " + enveloppe.quantite(somme) + " alors que "
                    + enveloppe.libelleDisponible() + " est de " + enveloppe.quantite(enveloppe.disponible())
                    + " : propositions réduites proportionnellement");
            return Repartition.repartir(Enveloppe.entiers(vises, Enveloppe.echelle(vises)), enveloppe.cles(),
                    enveloppe.unitesDisponibles(), 0, Repartition.SANS_PLAFOND);
        }
        // Round the total to the nearest quantum first, so each proposal is its target rounded down or up.
        long total = Math.min(somme.divide(enveloppe.quantum(), 0, RoundingMode.HALF_UP).longValueExact(),
                enveloppe.unitesDisponibles());
        BigDecimal[] avecQuantum = Arrays.copyOf(vises, vises.length + 1);
        avecQuantum[vises.length] = enveloppe.quantum();
        int echelle = Enveloppe.echelle(avecQuantum);
        BigInteger[] entiers = Enveloppe.entiers(avecQuantum, echelle);
        return PlusFortsRestes.arrondir(Arrays.copyOf(entiers, vises.length), entiers[vises.length], total,
                enveloppe.cles());
    }
}
