package fr.pacte.paiement;

import fr.pacte.referentiel.Modalite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule rules, as pure functions. An annual mission is paid in ninths from October to June, each ninth
 * rounded down to the cent and June absorbing the remainder; a one-off IMP once, the month after its end, when the
 * service fait is recorded; a décharge never in euros. What payroll already received is never rewritten: the
 * difference with the current schedule becomes a regularisation in the first open month.
 */
public final class Echeancier {

    private static final int OCTOBRE = 10;
    private static final int JUIN = 6;

    private Echeancier() {
    }

    public static YearMonth premierMois(int anneeDebut) {
        return YearMonth.of(anneeDebut, OCTOBRE);
    }

    public static YearMonth dernierMois(int anneeDebut) {
        return YearMonth.of(anneeDebut + 1, JUIN);
    }

    /** The schedule the attribution calls for today, as if nothing had been paid yet. */
    public static List<Versement> theorique(BaseEcheancier b) {
        if (b.annulee() || b.modalite() == Modalite.DECHARGE || b.montant().signum() == 0) {
            return List.of();
        }
        if (b.modalite() == Modalite.PONCTUELLE) {
            return b.serviceFait()
                    ? List.of(new Versement(YearMonth.from(b.fin()).plusMonths(1), b.montant(), false))
                    : List.of();
        }
        return annuelle(b);
    }

    private static List<Versement> annuelle(BaseEcheancier b) {
        YearMonth octobre = premierMois(b.anneeDebut());
        YearMonth juin = dernierMois(b.anneeDebut());
        YearMonth debut = YearMonth.from(b.debut());
        YearMonth premier = debut.isBefore(octobre) ? octobre : debut.isAfter(juin) ? juin : debut;
        int restants = (int) premier.until(juin, ChronoUnit.MONTHS) + 1;
        int diviseur = b.entreeTardive() == EntreeTardive.ETALEMENT ? restants : 9;
        BigDecimal tranche = b.montant().divide(BigDecimal.valueOf(diviseur), 2, RoundingMode.DOWN);
        List<Versement> versements = new ArrayList<>();
        BigDecimal verse = BigDecimal.ZERO;
        for (YearMonth m = premier; m.isBefore(juin); m = m.plusMonths(1)) {
            BigDecimal montant = m.equals(premier) ? tranche.multiply(BigDecimal.valueOf(diviseur - restants + 1)) : tranche;
            versements.add(new Versement(m, montant, false));
            verse = verse.add(montant);
        }
        versements.add(new Versement(juin, b.montant().subtract(verse), false));
        return versements;
    }

    /**
     * What is still to be sent from the first open month on. {@code envoyes} were sent in closed months and stay
     * as they are. If nothing was ever sent, what fell due in closed months is simply paid in the first open month;
     * otherwise the difference between what was due up to now and what was sent is one regularisation line.
     */
    public static List<Versement> aVerser(List<Versement> theorique, List<Versement> envoyes, YearMonth premierOuvert) {
        return aVerser(theorique, envoyes.isEmpty() ? null
                : envoyes.stream().map(Versement::montant).reduce(BigDecimal.ZERO, BigDecimal::add), premierOuvert);
    }

    /** As above, with the total already sent ({@code null} if nothing was ever sent). */
    public static List<Versement> aVerser(List<Versement> theorique, BigDecimal envoye, YearMonth premierOuvert) {
        BigDecimal du = BigDecimal.ZERO;
        List<Versement> futurs = new ArrayList<>();
        for (Versement v : theorique) {
            if (v.mois().isBefore(premierOuvert)) {
                du = du.add(v.montant());
            } else {
                futurs.add(v);
            }
        }
        BigDecimal ecart = envoye == null ? du : du.subtract(envoye);
        if (ecart.signum() == 0) {
            return futurs;
        }
        if (envoye != null) {
            futurs.add(0, new Versement(premierOuvert, ecart, true));
            return futurs;
        }
        if (!futurs.isEmpty() && futurs.get(0).mois().equals(premierOuvert)) {
            futurs.set(0, new Versement(premierOuvert, futurs.get(0).montant().add(ecart), false));
        } else {
            futurs.add(0, new Versement(premierOuvert, ecart, false));
        }
        return futurs;
    }
}
