package fr.pacte.dotation;

import java.math.BigDecimal;

/**
 * What an envelope may not go below: what its active attributions already take (issue 14). The consumption is the
 * envelope's own, kept by the database (V11), so the rule needs nothing from the attribution module. PostgreSQL's CHECKs
 * {@code enveloppe_parts_attribuees}, {@code enveloppe_imp_attribues} and {@code enveloppe_decharge_attribuee} hold
 * it too.
 */
public record PlancherEnveloppe(String uai, BigDecimal parts, BigDecimal imp, BigDecimal decharge) {

    private static final BigDecimal DEUX = BigDecimal.valueOf(2);

    /** @throws RegleDotationException naming the first quantity that would fall below its attributions */
    public void controler(BigDecimal nouvellesParts, BigDecimal nouveauxImp, BigDecimal nouvelleDecharge) {
        if (nouvellesParts.compareTo(parts) < 0) {
            throw refus("parts", nombre(parts, "part attribuée", "parts attribuées") + ", l'enveloppe ne peut descendre sous "
                    + Quantites.format(parts) + " (demandé : " + Quantites.format(nouvellesParts) + ").");
        }
        if (nouveauxImp.compareTo(imp) < 0) {
            throw refus("imp", nombre(imp, "IMP attribué", "IMP attribués") + ", l'enveloppe ne peut descendre sous "
                    + Quantites.format(imp) + " IMP (demandé : " + Quantites.format(nouveauxImp) + ").");
        }
        if (nouvelleDecharge.compareTo(decharge) < 0) {
            throw refus("decharge", nombre(decharge, "heure de décharge attribuée", "heures de décharge attribuées")
                    + ", l'enveloppe ne peut descendre sous " + Quantites.format(decharge) + " h (demandé : " + Quantites.format(nouvelleDecharge) + ").");
        }
    }

    /**
     * A DASEN converts only IMP still free: the IMP notified less those attributed.
     * @throws RegleDotationException with the figures when the conversion asks more
     */
    public void controlerConversion(BigDecimal impNotifies, BigDecimal unites) {
        BigDecimal libres = impNotifies.subtract(imp).max(BigDecimal.ZERO);
        if (unites.compareTo(libres) > 0) {
            throw refus("quantite", "L'enveloppe compte " + Quantites.format(impNotifies) + " IMP dont "
                    + Quantites.format(imp) + " attribué(s) : il reste " + nombre(libres, "IMP libre", "IMP libres")
                    + ", impossible d'en convertir " + Quantites.format(unites) + " en décharge.");
        }
    }

    /** French plural: from 2 on (1,5 part attribuée). */
    private static String nombre(BigDecimal q, String singulier, String pluriel) {
        return Quantites.format(q) + " " + (q.compareTo(DEUX) >= 0 ? pluriel : singulier);
    }

    private RegleDotationException refus(String champ, String message) {
        return new RegleDotationException(champ, uai + " : " + message, uai);
    }
}
