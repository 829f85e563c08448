package fr.pacte.suivi;

import fr.pacte.attribution.ReglesAttribution;

import fr.pacte.attribution.ErreurAttribution;

import fr.pacte.commun.Quantite;
import fr.pacte.commun.Texte;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules of the suivi during the year (seed 000): hours done are recorded on hour-based missions only; hours not
 * done may be redeployed, by whole hours, to another hour-based mission of the same établissement and campaign.
 * Pure, so that the screen and the API get the same refusals; each refusal names its rule.
 */
public final class ReglesSuivi {

    static final int TEXTE_BILAN_MAX = 4000;
    /** mission.redeploiement.motif varchar(500). */
    static final int MOTIF_REDEPLOIEMENT_MAX = 500;
    private static final BigDecimal DEMI = new BigDecimal("0.5");

    private ReglesSuivi() {
    }

    public static List<ErreurAttribution> heuresFaites(EtatSuivi a, BigDecimal heures) {
        List<ErreurAttribution> e = new ArrayList<>();
        if (a.annulee()) {
            e.add(new ErreurAttribution("attribution", "l'attribution " + a.id() + " est annulée"));
        } else if (!a.enHeures()) {
            e.add(new ErreurAttribution("heures", "la mission " + a.codeMission()
                    + " n'est pas comptée en heures : pas d'heures faites à relever"));
        } else if (heures == null || heures.signum() < 0) {
            e.add(new ErreurAttribution("heures", "nombre d'heures faites obligatoire, positif ou nul"));
        } else if (Quantite.refus("heures faites", heures, Quantite.Borne.HEURES) != null) {
            e.add(new ErreurAttribution("heures", Quantite.refus("heures faites", heures, Quantite.Borne.HEURES)));
        } else if (heures.remainder(DEMI).signum() != 0) {
            e.add(new ErreurAttribution("heures", "les heures faites se relèvent par demi-heures"));
        } else if (heures.compareTo(a.heuresPrevues()) > 0) {
            e.add(new ErreurAttribution("heures", texte(heures) + " h faites pour " + texte(a.heuresPrevues())
                    + " h prévues : redéployez d'abord des heures vers cette mission"));
        }
        return e;
    }

    public static List<ErreurAttribution> redeploiement(EtatSuivi source, EtatSuivi cible, BigDecimal heures) {
        return redeploiement(source, cible, heures, null);
    }

    public static List<ErreurAttribution> redeploiement(EtatSuivi source, EtatSuivi cible, BigDecimal heures, String motif) {
        List<ErreurAttribution> e = new ArrayList<>();
        String horsBornes = Quantite.refus("heures redéployées", heures, Quantite.Borne.HEURES);
        if (horsBornes != null) {
            // before any arithmetic on them: the other checks compare and strip the hours
            return List.of(new ErreurAttribution("heures", horsBornes));
        }
        String motifTropLong = Texte.tropLong("motif", motif, MOTIF_REDEPLOIEMENT_MAX);
        if (motifTropLong != null) {
            e.add(new ErreurAttribution("motif", motifTropLong));
        }
        if (source.annulee() || !source.enHeures()) {
            e.add(new ErreurAttribution("source", "seules les heures d'une mission active comptée en heures se redéploient ("
                    + source.codeMission() + ")"));
        }
        if (cible == null) {
            e.add(new ErreurAttribution("cible", "mission cible inconnue"));
            return e;
        }
        if (cible.id() == source.id()) {
            e.add(new ErreurAttribution("cible", "la mission cible doit être une autre mission que la source"));
        } else if (!cible.uai().equals(source.uai()) || !cible.annee().equals(source.annee())) {
            e.add(new ErreurAttribution("cible", "la mission cible doit être du même établissement et de la même campagne"));
        } else if (cible.annulee() || !cible.enHeures()) {
            e.add(new ErreurAttribution("cible", "les heures se redéploient sur une autre mission quantifiée en heures : "
                    + cible.codeMission() + " ne l'est pas"));
        }
        if (heures == null || heures.signum() <= 0) {
            e.add(new ErreurAttribution("heures", "nombre d'heures à redéployer obligatoire et positif"));
        } else if (heures.stripTrailingZeros().scale() > 0) {
            e.add(new ErreurAttribution("heures", "les heures se redéploient par heures entières"));
        } else if (heures.compareTo(source.heuresNonFaites()) > 0) {
            e.add(new ErreurAttribution("heures", "on ne redéploie que les heures non faites : " + texte(source.heuresNonFaites())
                    + " h restent à faire sur " + source.codeMission() + ", pas " + texte(heures)));
        }
        return e;
    }

    /**
     * Seed 000 addresses the agent: « leur redéploiement sur d'autres missions quantifiées en heures pour le volume
     * horaire restant à accomplir ». Between one agent's missions the hours move and the parts stay (he is paid the
     * same). Towards a colleague — only when the campaign allows it — the hours move <em>with their parts</em>, so that
     * nobody is paid for hours another does: whole parts (half parts if the campaign allows them) of the source
     * mission's quantum, the hours already done staying paid to the first agent, the colleague within his cap.
     * @return the broken rules, after those of {@link #redeploiement(EtatSuivi, EtatSuivi, BigDecimal, String)}
     */
    public static List<ErreurAttribution> redeploiement(EtatSuivi source, EtatSuivi cible, BigDecimal heures, String motif,
                                                        ContexteTransfert t) {
        List<ErreurAttribution> e = new ArrayList<>(redeploiement(source, cible, heures, motif));
        if (!e.isEmpty() || cible.identifiant().equals(source.identifiant())) {
            return e;
        }
        if (!t.versCollegueAutorise()) {
            e.add(new ErreurAttribution("cible", "les heures non faites se redéploient sur une autre mission en heures du"
                    + " même agent (" + source.identifiant() + ") ; vers un collègue, seulement comme transfert des heures et"
                    + " de leur paiement, que la campagne n'autorise pas"));
            return e;
        }
        BigDecimal parts = partsTransferees(source, heures);
        if (parts.remainder(t.pasParts()).signum() != 0) {
            e.add(new ErreurAttribution("heures", "un transfert vers un collègue emporte les parts des heures : "
                    + texte(heures) + " h ne font pas " + (t.pasParts().compareTo(BigDecimal.ONE) == 0 ? "des parts entières"
                    : "des demi-parts") + " de " + source.quantumHeures() + " h sur " + source.codeMission()));
            return e;
        }
        BigDecimal reste = t.partsSource().subtract(parts);
        BigDecimal faites = source.heuresFaites() == null ? BigDecimal.ZERO : source.heuresFaites();
        if (reste.signum() < 0 || reste.multiply(BigDecimal.valueOf(source.quantumHeures())).compareTo(faites) < 0) {
            e.add(new ErreurAttribution("heures", "les heures faites restent payées à " + source.identifiant() + " : il"
                    + " garderait " + texte(reste.max(BigDecimal.ZERO)) + " part(s) pour " + texte(faites) + " h faites"));
        }
        // the colleague's cap is the one of any attribution: per person over the campaign (ReglesAttribution)
        String plafond = ReglesAttribution.plafondDepasse(t.voieCible(), t.partsVoieProCible(), t.partsAutresCible(),
                parts, t.plafondVoiePro(), t.plafondAutres());
        if (plafond != null) {
            e.add(new ErreurAttribution("cible", "plafond personnel dépassé : " + cible.identifiant() + " aurait " + plafond));
        }
        return e;
    }

    /** The parts that go with hours moved to a colleague: hours / the source mission's hours per part. */
    static BigDecimal partsTransferees(EtatSuivi source, BigDecimal heures) {
        return heures.divide(BigDecimal.valueOf(source.quantumHeures()), 4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public static List<ErreurAttribution> bilan(EtatSuivi a, String texte) {
        List<ErreurAttribution> e = new ArrayList<>();
        if (a.annulee()) {
            e.add(new ErreurAttribution("attribution", "l'attribution " + a.id() + " est annulée"));
        }
        if (texte == null || texte.isBlank()) {
            e.add(new ErreurAttribution("texte", "le bilan ne peut pas être vide"));
        } else if (texte.length() > TEXTE_BILAN_MAX) {
            e.add(new ErreurAttribution("texte", "bilan trop long : " + TEXTE_BILAN_MAX + " caractères au plus"));
        }
        return e;
    }

    static String texte(BigDecimal b) {
        return Quantite.texte(b);
    }
}
