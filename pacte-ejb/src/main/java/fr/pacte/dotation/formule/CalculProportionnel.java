package fr.pacte.dotation.formule;

import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Nature;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** {@link Formule.Proportionnelle}: weights, plancher and plafond in quanta, the IMP target. */
final class CalculProportionnel implements Calcul {

    private final Formule.Proportionnelle formule;

    CalculProportionnel(Formule.Proportionnelle formule) {
        this.formule = formule;
    }

    @Override
    public long[] parts(Enveloppe enveloppe, List<String> avertissements) {
        return repartir(enveloppe, enveloppe.unitesDisponibles(), enveloppe.libelleDisponible(),
                enveloppe.disponible(), formule.plancherParts(), formule.plafondParts(), avertissements);
    }

    @Override
    public long[] imp(Enveloppe enveloppe, List<String> avertissements) {
        long total = enveloppe.unitesDisponibles();
        String libelle = enveloppe.libelleDisponible();
        BigDecimal montant = enveloppe.disponible();
        BigDecimal ratio = formule.impParEnseignants();
        if (ratio != null && enveloppe.taille() > 0) {
            BigDecimal personnels = BigDecimal.valueOf(
                    enveloppe.etablissements().stream().mapToLong(EtablissementADoter::personnels).sum());
            long cible = personnels.divideToIntegralValue(ratio.multiply(enveloppe.quantum())).longValueExact();
            String regle = "la cible de 1 IMP pour " + Enveloppe.nombre(ratio) + " enseignants";
            if (cible > total) {
                avertissements.add(capitale(regle) + " (" + enveloppe.quantite(enveloppe.montant(cible))
                        + ") dépasse " + libelle + " (" + enveloppe.quantite(montant) + ") : limitée au disponible");
            } else {
                total = cible;
                libelle = regle;
                montant = enveloppe.montant(cible);
            }
        }
        return repartir(enveloppe, total, libelle, montant, formule.plancherImp(), formule.plafondImp(),
                avertissements);
    }

    private long[] repartir(Enveloppe enveloppe, long total, String libelle, BigDecimal montant,
                            BigDecimal plancher, BigDecimal plafond, List<String> avertissements) {
        int n = enveloppe.taille();
        if (n == 0) {
            return new long[0];
        }
        long haut = plafond == null ? Repartition.SANS_PLAFOND : enveloppe.unitesParDefaut(plafond);
        long bas = enveloppe.unitesParExces(plancher);
        if (bas > haut) {
            avertissements.add("Le plancher de " + enveloppe.quantite(plancher) + " dépasse le plafond de "
                    + enveloppe.quantite(plafond) + " une fois arrondi au quantum de "
                    + Enveloppe.nombre(enveloppe.quantum()) + " : plancher ignoré");
            bas = 0;
        } else if (BigInteger.valueOf(bas).multiply(BigInteger.valueOf(n)).compareTo(BigInteger.valueOf(total)) > 0) {
            BigDecimal besoin = plancher.multiply(BigDecimal.valueOf(n));
            avertissements.add("Le plancher de " + enveloppe.quantite(plancher) + " × " + n + " établissement"
                    + (n > 1 ? "s" : "") + " (" + enveloppe.quantite(besoin) + ") dépasse " + libelle + " ("
                    + enveloppe.quantite(montant) + ") : plancher ignoré");
            bas = 0;
        }
        return Repartition.repartir(poids(enveloppe.etablissements()), enveloppe.cles(), total, bas, haut);
    }

    private BigInteger[] poids(List<EtablissementADoter> etablissements) {
        BigDecimal[] poids = etablissements.stream().map(this::poids).toArray(BigDecimal[]::new);
        return Enveloppe.entiers(poids, Enveloppe.echelle(poids));
    }

    private BigDecimal poids(EtablissementADoter e) {
        BigDecimal poids = BigDecimal.valueOf(e.personnels());
        if (e.ep() == EducationPrioritaire.REP) {
            poids = poids.multiply(formule.poidsRep());
        } else if (e.ep() == EducationPrioritaire.REP_PLUS) {
            poids = poids.multiply(formule.poidsRepPlus());
        }
        if (e.nature() == Nature.LP || e.nature() == Nature.LPO) {
            poids = poids.multiply(formule.poidsLp());
        }
        return poids;
    }

    private static String capitale(String texte) {
        return Character.toUpperCase(texte.charAt(0)) + texte.substring(1);
    }
}
