package fr.pacte.dotation.formule;

import fr.pacte.commun.Quantite;

import java.math.BigDecimal;
import java.util.Objects;

/** How the disponible is turned into envelopes. */
public sealed interface Formule {

    /**
     * Shares in proportion to weight = personnels × EP weight (HORS_EP 1) × LP weight (natures LP and LPO only).
     * Parts of a voie go to the établissements of that voie; IMP go to every établissement except écoles.
     * Planchers and plafonds are per établissement; a null plancher is zero, a null plafond means none.
     * {@code impParEnseignants} null shares the whole IMP disponible; otherwise the IMP shared are
     * (personnels of the non-école établissements) / impParEnseignants, never more than the disponible.
     */
    record Proportionnelle(BigDecimal poidsRep, BigDecimal poidsRepPlus, BigDecimal poidsLp,
                           BigDecimal plancherParts, BigDecimal plafondParts,
                           BigDecimal plancherImp, BigDecimal plafondImp,
                           BigDecimal impParEnseignants) implements Formule {

        public Proportionnelle {
            // bounds before any arithmetic (a 1E999999999 weight would hang the division)
            Quantite.verifier("poids REP", poidsRep, Quantite.Borne.COEFFICIENT);
            Quantite.verifier("poids REP+", poidsRepPlus, Quantite.Borne.COEFFICIENT);
            Quantite.verifier("poids LP", poidsLp, Quantite.Borne.COEFFICIENT);
            Quantite.verifier("plancher des parts", plancherParts, Quantite.Borne.ENVELOPPE);
            Quantite.verifier("plafond des parts", plafondParts, Quantite.Borne.ENVELOPPE);
            Quantite.verifier("plancher des IMP", plancherImp, Quantite.Borne.ENVELOPPE);
            Quantite.verifier("plafond des IMP", plafondImp, Quantite.Borne.ENVELOPPE);
            Quantite.verifier("nombre d'enseignants par IMP", impParEnseignants, Quantite.Borne.COEFFICIENT);
            strictementPositif(poidsRep, "poids REP");
            strictementPositif(poidsRepPlus, "poids REP+");
            strictementPositif(poidsLp, "poids LP");
            plancherParts = plancherParts == null ? BigDecimal.ZERO : plancherParts;
            plancherImp = plancherImp == null ? BigDecimal.ZERO : plancherImp;
            bornes(plancherParts, plafondParts, "parts");
            bornes(plancherImp, plafondImp, "IMP");
            if (impParEnseignants != null) {
                strictementPositif(impParEnseignants, "nombre d'enseignants par IMP");
            }
        }

        /** Weights only: no plancher, no plafond, the whole IMP disponible. */
        public static Proportionnelle simple(BigDecimal poidsRep, BigDecimal poidsRepPlus, BigDecimal poidsLp) {
            return new Proportionnelle(poidsRep, poidsRepPlus, poidsLp, null, null, null, null, null);
        }

        private static void bornes(BigDecimal plancher, BigDecimal plafond, String quoi) {
            if (plancher.signum() < 0) {
                throw new IllegalArgumentException("Plancher des " + quoi + " négatif : " + plancher);
            }
            if (plafond != null && plafond.compareTo(plancher) < 0) {
                throw new IllegalArgumentException(
                        "Plafond des " + quoi + " (" + plafond + ") inférieur au plancher (" + plancher + ")");
            }
        }
    }

    /**
     * Renews N-1: proposal = base × (1 + pourcentage / 100), base being the N-1 consumption or the N-1 envelope;
     * a voie (or the IMP) whose proposals exceed the disponible is scaled down proportionally.
     */
    record ReconductionN1(BigDecimal pourcentage, boolean baseConsommation) implements Formule {

        private static final BigDecimal MOINS_CENT = BigDecimal.valueOf(-100);

        public ReconductionN1 {
            Objects.requireNonNull(pourcentage, "pourcentage");
            Quantite.verifier("pourcentage", pourcentage, Quantite.Borne.COEFFICIENT);
            if (pourcentage.compareTo(MOINS_CENT) < 0) {
                throw new IllegalArgumentException("Pourcentage inférieur à -100 % : " + pourcentage);
            }
        }

        /** Multiplier applied to the base: 10 % gives 1.10. */
        BigDecimal facteur() {
            return BigDecimal.ONE.add(pourcentage.movePointLeft(2));
        }
    }

    private static void strictementPositif(BigDecimal valeur, String quoi) {
        Objects.requireNonNull(valeur, quoi);
        if (valeur.signum() <= 0) {
            throw new IllegalArgumentException("Le " + quoi + " doit être positif : " + valeur);
        }
    }
}
