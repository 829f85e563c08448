package fr.pacte.web.paiement;

import fr.pacte.referentiel.Dispositif;
import fr.pacte.referentiel.Modalite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts, months and modalities as the payment pages show them. */
@Named
@ApplicationScoped
public class FormatsPaiement {

    private static final DateTimeFormatter MOIS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    public String euros(BigDecimal montant) {
        return montant == null ? "" : NumberFormat.getCurrencyInstance(Locale.FRANCE).format(montant);
    }

    public String mois(YearMonth mois) {
        return mois == null ? "" : mois.format(MOIS);
    }

    public String modalite(Modalite modalite) {
        return switch (modalite) {
            case ANNUELLE -> "Annuelle (neuvièmes)";
            case PONCTUELLE -> "Ponctuelle (après service fait)";
            case DECHARGE -> "Décharge de service";
        };
    }

    /** Pacte: "2 parts"; IMP: the STS code of the rate. */
    public String taux(String dispositif, String taux) {
        return Dispositif.PACTE.est(dispositif) ? taux + (taux.equals("1") || taux.startsWith("0") ? " part" : " parts")
                : "taux " + taux;
    }
}
