package fr.pacte.dotation;

import fr.pacte.commun.Quantite;

import java.math.BigDecimal;

/** Quanta of the dotations: parts by whole units (or halves when the campaign allows half-parts), IMP by quarters. */
public final class Quantites {

    public static final BigDecimal PART = BigDecimal.ONE;
    public static final BigDecimal DEMI_PART = new BigDecimal("0.5");
    public static final BigDecimal QUART_IMP = new BigDecimal("0.25");

    private Quantites() {
    }

    public static BigDecimal quantumParts(boolean demiPartsAutorisees) {
        return demiPartsAutorisees ? DEMI_PART : PART;
    }

    public static boolean estMultiple(BigDecimal valeur, BigDecimal quantum) {
        return valeur.remainder(quantum).signum() == 0;
    }

    /**
     * Checks a quantity typed by a user, its bounds first (before any arithmetic on it).
     * @return the French reason it is refused, or null
     */
    public static String erreur(BigDecimal valeur, BigDecimal quantum, String quoi, Quantite.Borne borne) {
        if (valeur == null) {
            return quoi + " : valeur obligatoire";
        }
        String horsBornes = Quantite.refus(quoi, valeur, borne);
        if (horsBornes != null) {
            return horsBornes;
        }
        if (valeur.signum() < 0) {
            return quoi + " : une quantité ne peut pas être négative (" + format(valeur) + ")";
        }
        if (!estMultiple(valeur, quantum)) {
            return quoi + " : " + format(valeur) + " n'est pas un multiple de " + format(quantum);
        }
        return null;
    }

    public static String format(BigDecimal valeur) {
        return Quantite.texte(valeur);
    }
}
