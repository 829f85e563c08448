package fr.pacte.dotation.formule;

import fr.pacte.referentiel.Voie;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * One pool being shared, the parts of a voie or the IMP, with the établissements that share it (sorted by UAI)
 * and the words its warnings use.
 */
record Enveloppe(List<EtablissementADoter> etablissements, BigDecimal disponible, BigDecimal quantum,
                 String singulier, String pluriel, String libelleDisponible) {

    static Enveloppe parts(Voie voie, List<EtablissementADoter> etablissements, BigDecimal disponible,
                           BigDecimal quantum) {
        return new Enveloppe(etablissements, disponible, quantum, "part", "parts",
                "le disponible " + voie.complement());
    }

    static Enveloppe imp(List<EtablissementADoter> etablissements, BigDecimal disponible, BigDecimal quantum) {
        return new Enveloppe(etablissements, disponible, quantum, "IMP", "IMP", "le disponible en IMP");
    }

    int taille() {
        return etablissements.size();
    }

    String[] cles() {
        return etablissements.stream().map(EtablissementADoter::uai).toArray(String[]::new);
    }

    /** Whole quanta that fit in the disponible: the distributed total never exceeds it. */
    long unitesDisponibles() {
        return unitesParDefaut(disponible);
    }

    long unitesParDefaut(BigDecimal quantite) {
        return quantite.divide(quantum, 0, RoundingMode.FLOOR).longValueExact();
    }

    long unitesParExces(BigDecimal quantite) {
        return quantite.divide(quantum, 0, RoundingMode.CEILING).longValueExact();
    }

    BigDecimal montant(long unites) {
        return quantum.multiply(BigDecimal.valueOf(unites));
    }

    /** « 2 parts », « 1 part », « 0,5 part », « 3 IMP ». */
    String quantite(BigDecimal valeur) {
        return nombre(valeur) + " " + (valeur.compareTo(BigDecimal.valueOf(2)) >= 0 ? pluriel : singulier);
    }

    static String nombre(BigDecimal valeur) {
        BigDecimal v = valeur.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString().replace('.', ',');
    }

    /** Exact decimals as integers over one common power of ten, for exact comparisons and largest remainders. */
    static BigInteger[] entiers(BigDecimal[] valeurs, int echelle) {
        BigInteger[] resultat = new BigInteger[valeurs.length];
        for (int i = 0; i < valeurs.length; i++) {
            resultat[i] = valeurs[i].setScale(echelle, RoundingMode.UNNECESSARY).unscaledValue();
        }
        return resultat;
    }

    static int echelle(BigDecimal[] valeurs) {
        int echelle = 0;
        for (BigDecimal v : valeurs) {
            echelle = Math.max(echelle, v.scale());
        }
        return echelle;
    }
}
