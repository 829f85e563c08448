package fr.pacte.rapport;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.Locale;

/** Conventions françaises partagées par tous les rapports. */
public final class FormatFrancais {

    public static final Locale LOCALE = Locale.FRANCE;

    /** Le serveur peut tourner en UTC : les dates d'édition restent à l'heure de Paris. */
    public static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");

    private FormatFrancais() {
    }

    /**
     * « 1 250,00 € », avec les espaces insécables du JDK (U+202F entre milliers, U+00A0 avant €)
     * pour qu'un montant ne soit jamais coupé en fin de ligne ; le style pacte.montant produit la même chaîne.
     */
    public static String montant(BigDecimal valeur) {
        // NumberFormat n'est pas thread-safe : une instance par appel.
        return NumberFormat.getCurrencyInstance(LOCALE).format(valeur);
    }
}
