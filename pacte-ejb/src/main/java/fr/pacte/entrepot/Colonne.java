package fr.pacte.entrepot;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A column of a statistical table. An additive column adds up over the rows to the total row (the secret must hold
 * against that relation); a derived column (rate, average) is computed from {@code sources} and is masked with them.
 */
public record Colonne(String libelle, Format format, boolean additive, int... sources) implements Serializable {

    /** Marker of a masked cell, as in the DEPP's tables. */
    public static final String SECRET = "s";

    /** Marker of a value that is not defined (no previous value, division by zero): not applicable, not a secret. */
    public static final String SANS_OBJET = "—";

    public enum Format { NOMBRE, DECIMAL, MONTANT, TAUX }

    public static Colonne additive(String libelle, Format format) {
        return new Colonne(libelle, format, true);
    }

    public static Colonne simple(String libelle, Format format) {
        return new Colonne(libelle, format, false);
    }

    public static Colonne derivee(String libelle, Format format, int... sources) {
        return new Colonne(libelle, format, false, sources);
    }

    /** French text of a value: "s" when masked, spaces between thousands, a comma before decimals. */
    public String formater(BigDecimal valeur) {
        if (valeur == null) {
            return SECRET;
        }
        DecimalFormat f = new DecimalFormat(switch (format) {
            case NOMBRE -> "#,##0";
            case DECIMAL, TAUX -> "#,##0.0";
            case MONTANT -> "#,##0.00";
        }, DecimalFormatSymbols.getInstance(Locale.FRANCE));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(valeur).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
