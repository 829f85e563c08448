package fr.pacte.referentiel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The life of a campaign and the rules of its settings. Pure: the screen and the API get the same refusals, each
 * naming its field. A campaign is prepared, opened, then closed; never reopened (its consumption is frozen at the
 * close and the next year's reconduction reads it). PostgreSQL holds the same transitions (V23).
 */
public final class CycleCampagne {

    private static final Set<String> ENTREES_TARDIVES = Set.of("RATTRAPAGE", "ETALEMENT");

    private CycleCampagne() {
    }

    /** "2025-2026": two years that follow each other. */
    public static boolean anneeValide(String annee) {
        return annee != null && annee.matches("[0-9]{4}-[0-9]{4}")
                && Integer.parseInt(annee.substring(5)) == Integer.parseInt(annee.substring(0, 4)) + 1;
    }

    /** "2025-2026" → "2026-2027" */
    public static String suivante(String annee) {
        int fin = Integer.parseInt(annee.substring(5));
        return fin + "-" + (fin + 1);
    }

    /** "2025-2026" → "2024-2025" */
    public static String precedente(String annee) {
        int debut = Integer.parseInt(annee.substring(0, 4));
        return (debut - 1) + "-" + debut;
    }

    /** @return why the campaign cannot be opened, or null */
    public static String refusOuverture(String annee, Campagne.Statut statut) {
        return switch (statut) {
            case PREPARATION -> null;
            case OUVERTE -> "la campagne " + annee + " est déjà ouverte";
            case CLOSE -> "la campagne " + annee + " est close : une campagne close ne se rouvre pas";
        };
    }

    /** @return why the campaign cannot be closed, or null */
    public static String refusCloture(String annee, Campagne.Statut statut) {
        return switch (statut) {
            case PREPARATION -> "la campagne " + annee + " n'a pas été ouverte : rien à clore (ouvrez-la d'abord)";
            case OUVERTE -> null;
            case CLOSE -> "la campagne " + annee + " est déjà close";
        };
    }

    /** The broken rules of these settings for that school year, each with its field; empty when they may be saved. */
    public static List<Refus> verifier(String annee, ParametresCampagne p) {
        List<Refus> r = new ArrayList<>();
        int an = Integer.parseInt(annee.substring(0, 4));
        if (p.dateDebut() == null || p.dateFin() == null) {
            r.add(new Refus("dateDebut", "dates de début et de fin de l'année scolaire obligatoires"));
        } else if (!p.dateDebut().isBefore(p.dateFin())) {
            r.add(new Refus("dateFin", "la fin de l'année scolaire doit suivre son début"));
        } else if (p.dateDebut().getYear() != an || p.dateFin().getYear() != an + 1) {
            r.add(new Refus("dateDebut", "l'année scolaire " + annee + " commence en " + an + " et finit en " + (an + 1)));
        }
        if (p.montantPart() == null || p.montantPart().signum() <= 0
                || p.montantPart().stripTrailingZeros().scale() > 2 || p.montantPart().compareTo(BigDecimal.valueOf(100_000)) > 0) {
            r.add(new Refus("montantPart", "montant d'une part : un nombre d'euros positif, au centime (1 250 € par les textes)"));
        }
        if (p.plafondPartsVoiePro() < 1 || p.plafondPartsVoiePro() > 12) {
            r.add(new Refus("plafondPartsVoiePro", "plafond en voie professionnelle : de 1 à 12 parts (6 par les textes)"));
        }
        if (p.plafondPartsAutres() < 1 || p.plafondPartsAutres() > 12) {
            r.add(new Refus("plafondPartsAutres", "plafond hors voie professionnelle : de 1 à 12 parts (3 par défaut)"));
        }
        if (Voie.de(p.voiePartsLpo()) == null || !Voie.voiesLpo().contains(Voie.de(p.voiePartsLpo()))) {
            r.add(new Refus("voiePartsLpo", "voie des parts d'un LPO : SECOND_DEGRE ou VOIE_PRO"));
        }
        if (!ENTREES_TARDIVES.contains(p.paiementEntreeTardive())) {
            r.add(new Refus("paiementEntreeTardive", "paiement d'une entrée tardive : RATTRAPAGE ou ETALEMENT"));
        }
        calendrier(p, r);
        return r;
    }

    private static void calendrier(ParametresCampagne p, List<Refus> r) {
        for (Object[] d : new Object[][] {{"dateNotificationEnveloppes", p.dateNotificationEnveloppes()},
                {"debutRepartition", p.debutRepartition()}, {"finRepartition", p.finRepartition()},
                {"dateLimiteLettres", p.dateLimiteLettres()}, {"dateAlerteConsommation", p.dateAlerteConsommation()}}) {
            if (d[1] == null) {
                r.add(new Refus((String) d[0], "date obligatoire"));
            }
        }
        LocalDate debut = p.debutRepartition();
        LocalDate fin = p.finRepartition();
        if (debut != null && fin != null && debut.isAfter(fin)) {
            r.add(new Refus("finRepartition", "la fenêtre de répartition (février à juin par les textes) finit avant de commencer"));
        }
        BigDecimal seuil = p.seuilAlerteConsommation();
        if (seuil == null || seuil.signum() < 0 || seuil.compareTo(BigDecimal.valueOf(100)) > 0) {
            r.add(new Refus("seuilAlerteConsommation", "seuil d'alerte de consommation : un pourcentage de 0 à 100"));
        }
    }

    /** A broken rule: the field and the French message. */
    public record Refus(String champ, String message) {
    }
}
