package fr.pacte.commun;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Bounds of every quantity a user types, imports or sends (parts, IMP units, hours, demandes, allocation, reserves,
 * formula parameters), checked before any arithmetic: a value such as {@code 1E999999999} is a valid BigDecimal
 * that parses instantly, but {@code remainder}, {@code setScale} or {@code toPlainString} on it build a number of a
 * billion digits (a thread hangs, the heap fills). Only sign, precision, scale and {@code compareTo} are used here:
 * they stay cheap whatever the exponent.
 */
public final class Quantite {

    /** Decimals a quantity may have (the columns are numeric(…,1) or numeric(…,2)). */
    public static final int DECIMALES_MAX = 2;
    /** Characters of a quantity typed or imported as text: "9 999 999,99" has 12; beyond, it is not a quantity. */
    public static final int LONGUEUR_MAX = 30;

    /**
     * The largest magnitude of each kind of quantity: what a campaign could ever need, well inside the columns of
     * the migrations (numeric(12,2) for the allocation, numeric(10,1)/(10,2) for envelopes, reserves and demandes,
     * numeric(4,1) for the parts of an attribution, numeric(6,1) for its hours).
     */
    public enum Borne {
        /** Allocation lines and département reserves: an académie has at most ~100 000 teachers. */
        ALLOCATION("9999999"),
        /** Parts or IMP of one envelope, a demande (asked or granted), a bulk value, a formula's floor or ceiling. */
        ENVELOPPE("999999"),
        /** Parts of one attribution (the personal cap is 6 at most). */
        PARTS_ATTRIBUTION("99"),
        /** Hours of one mission: planned, done, redeployed (a school year has 1 607 working hours). */
        HEURES("9999"),
        /** Formula weights, teachers per IMP, percentage of a reconduction (signed). */
        COEFFICIENT("1000");

        private final BigDecimal maximum;

        Borne(String maximum) {
            this.maximum = new BigDecimal(maximum);
        }

        public BigDecimal maximum() {
            return maximum;
        }
    }

    private Quantite() {
    }

    /**
     * @param quoi what the value is, for the message ("Parts Pacte de 0380001A", "heures")
     * @return the French reason the value is refused (magnitude beyond the bound, more than two decimals), or null
     *         when it is inside the bounds or null (whether a value is required is the caller's rule)
     */
    public static String refus(String quoi, BigDecimal valeur, Borne borne) {
        if (valeur == null) {
            return null;
        }
        if (valeur.signum() == 0) {
            // 0E+999999999 or 0E-999999999 is zero but carries its exponent into every later addition
            return Math.abs(valeur.scale()) > 20 ? quoi + " : zéro mal formé (" + extrait(valeur) + ")" : null;
        }
        if (valeur.abs().compareTo(borne.maximum) > 0) {
            return quoi + " : " + extrait(valeur) + " dépasse le maximum admis (" + enClair(borne.maximum)
                    + (valeur.signum() < 0 ? " en valeur absolue)" : ")");
        }
        // bounded magnitude: the precision, hence stripTrailingZeros, is small (or the JSON parser's 1 100 digits)
        if (valeur.scale() > DECIMALES_MAX && valeur.stripTrailingZeros().scale() > DECIMALES_MAX) {
            return quoi + " : " + extrait(valeur) + " a plus de " + DECIMALES_MAX + " décimales";
        }
        return null;
    }

    /** Same check, thrown: for callers that turn it into their own refusal. */
    public static BigDecimal verifier(String quoi, BigDecimal valeur, Borne borne) {
        String refus = refus(quoi, valeur, borne);
        if (refus != null) {
            throw new QuantiteRefuseeException(refus);
        }
        return valeur;
    }

    /**
     * A quantity typed or imported as text, the French way ("2,5", "1 250") or with a dot; its length is bounded
     * before it is parsed, its value checked by {@link #refus} before it is returned.
     *
     * @return null for a blank text
     * @throws QuantiteRefuseeException with the French reason (not a number, too long, out of bounds)
     */
    public static BigDecimal lire(String quoi, String texte, Borne borne) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        String brut = texte.strip();
        if (brut.length() > LONGUEUR_MAX) {
            throw new QuantiteRefuseeException(quoi + " : « " + brut.substring(0, 20) + "… » n'est pas une quantité ("
                    + brut.length() + " caractères pour " + LONGUEUR_MAX + " au plus)");
        }
        String nombre = brut.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace(',', '.');
        BigDecimal v;
        try {
            v = new BigDecimal(nombre);
        } catch (NumberFormatException e) {
            throw new QuantiteRefuseeException(quoi + " : « " + brut + " » n'est pas un nombre (exemples : 2 ; 2,5 ; 1 250)");
        }
        return verifier(quoi, v, borne);
    }

    /** A quantity as the messages, letters and lists write it: 2,5 ; 0,25 ; 1250 (no useless zero, no grouping). */
    public static String texte(BigDecimal valeur) {
        return valeur.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** A quantity as the screens show it in figures: 1 250 ; 2,5 ; 0,25 (French grouping, at most two decimals). */
    public static String groupee(BigDecimal valeur) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.FRANCE)).format(valeur);
    }

    /** The value as quoted in a message: its scientific form (cheap for any exponent), shortened if very long. */
    private static String extrait(BigDecimal v) {
        String s = v.precision() > 40 ? v.round(new java.math.MathContext(20)).toString() + "…" : v.toString();
        return s.replace('.', ',');
    }

    private static String enClair(BigDecimal maximum) {
        return groupee(maximum);
    }
}
