package fr.pacte.referentiel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The settings of a campaign, what the texts leave open (README, « Règles »): dates of the school year, amount of a
 * part, caps, half-parts, voie of an LPO's parts, late-entry payment, volunteers only, IMP in écoles, calendar and
 * the consumption alert. {@code version} is the campaign's version read by the caller (optimistic lock).
 */
public record ParametresCampagne(LocalDate dateDebut, LocalDate dateFin, BigDecimal montantPart, int plafondPartsVoiePro,
                                 int plafondPartsAutres, boolean demiPartsAutorisees, String voiePartsLpo,
                                 String paiementEntreeTardive, boolean volontariatRequis, boolean impPremierDegre,
                                 LocalDate dateNotificationEnveloppes, LocalDate debutRepartition,
                                 LocalDate finRepartition, LocalDate dateLimiteLettres,
                                 LocalDate dateAlerteConsommation, BigDecimal seuilAlerteConsommation,
                                 boolean redeploiementVersCollegue, Long version) {

    public static ParametresCampagne de(Campagne c) {
        return new ParametresCampagne(c.dateDebut(), c.dateFin(), c.montantPart(), c.plafondPartsVoiePro(),
                c.plafondPartsAutres(), c.demiPartsAutorisees(), c.voiePartsLpo(), c.paiementEntreeTardive(),
                c.volontariatRequis(), c.impPremierDegre(), c.dateNotificationEnveloppes(),
                c.debutRepartition(), c.finRepartition(), c.dateLimiteLettres(),
                c.dateAlerteConsommation(), c.seuilAlerteConsommation(), c.redeploiementVersCollegue(),
                c.version());
    }

    /** The same settings one school year later (dates moved by a year): the next campaign starts from them. */
    public ParametresCampagne anneeSuivante() {
        return new ParametresCampagne(plus(dateDebut), plus(dateFin), montantPart, plafondPartsVoiePro,
                plafondPartsAutres, demiPartsAutorisees, voiePartsLpo, paiementEntreeTardive, volontariatRequis,
                impPremierDegre, plus(dateNotificationEnveloppes), plus(debutRepartition), plus(finRepartition),
                plus(dateLimiteLettres), plus(dateAlerteConsommation), seuilAlerteConsommation, redeploiementVersCollegue,
                null);
    }

    /** Settings of a first campaign, when the académie has none to start from: the texts' figures (seeds 001, 002, 004). */
    public static ParametresCampagne parDefaut(String annee) {
        int an = Integer.parseInt(annee.substring(0, 4));
        return new ParametresCampagne(LocalDate.of(an, 9, 1), LocalDate.of(an + 1, 8, 31), new BigDecimal("1250.00"), 6, 3,
                false, Voie.SECOND_DEGRE.name(), "RATTRAPAGE", true, false, LocalDate.of(an, 4, 1), LocalDate.of(an, 2, 1),
                LocalDate.of(an, 6, 30), LocalDate.of(an, 10, 10), LocalDate.of(an, 12, 1), new BigDecimal("50"), false, null);
    }

    private static LocalDate plus(LocalDate d) {
        return d == null ? null : d.plusYears(1);
    }
}
