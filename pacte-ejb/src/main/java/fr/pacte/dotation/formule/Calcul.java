package fr.pacte.dotation.formule;

import java.util.List;

/** One formula applied to one pool: whole quanta per établissement, in the pool's order. */
interface Calcul {

    long[] parts(Enveloppe enveloppe, List<String> avertissements);

    long[] imp(Enveloppe enveloppe, List<String> avertissements);

    static Calcul pour(Formule formule) {
        if (formule instanceof Formule.Proportionnelle p) {
            return new CalculProportionnel(p);
        }
        if (formule instanceof Formule.ReconductionN1 r) {
            return new CalculReconduction(r);
        }
        throw new IllegalArgumentException("Formule inconnue : " + formule);
    }
}
