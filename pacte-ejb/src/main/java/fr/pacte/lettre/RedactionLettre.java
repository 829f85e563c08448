package fr.pacte.lettre;

import fr.pacte.referentiel.Nature;
import fr.pacte.commun.FormatDate;
import fr.pacte.attribution.LigneAttribution;

import fr.pacte.commun.Quantite;
import fr.pacte.referentiel.Modalite;
import fr.pacte.referentiel.Dispositif;
import fr.pacte.rapport.MissionImpLettre;
import fr.pacte.rapport.MissionLettre;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the content of a lettre de mission (BO n° 30 du 27 juillet 2023) from the établissement, the agent and his
 * attributions: Pacte missions with their parts, then IMP with their rate in number of IMP and in euros (seed 003).
 * The texts cited come from the seeds: ISOE (décret n° 93-55), ISAE in the premier degré (décret n° 2013-790), IMP
 * (décrets n° 2015-475 and, premier degré, n° 2017-965).
 */
public final class RedactionLettre {

    /** Where the day of signature goes while the letter is a brouillon. */
    private static final String EN_ATTENTE = "…";
    private static final DateTimeFormatter JOUR_LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private RedactionLettre() {
    }

    /**
     * @param signataire the chef's name as printed under the signature, null while a brouillon
     * @param signeeLe   the day of signature, null while a brouillon
     */
    public static fr.pacte.rapport.LettreDeMission rediger(EnteteLettre e, List<LigneAttribution> lignes,
                                                           String signataire, LocalDate signeeLe) {
        List<MissionLettre> pacte = new ArrayList<>();
        List<MissionImpLettre> imp = new ArrayList<>();
        for (LigneAttribution l : lignes) {
            if (Dispositif.IMP.est(l.dispositif())) {
                imp.add(new MissionImpLettre(l.libelle(), l.debut(), l.fin(), l.codeTaux(), minuscule(l.libelleTaux()),
                        l.nombreImp(), l.modalite() == Modalite.DECHARGE ? null : l.montantAnnuel(),
                        modalite(l.modalite(), l.nombreImp()), bilan(l.bilanRemisA(), e.nature(), e.circonscription())));
            } else {
                pacte.add(new MissionLettre(l.libelle(), l.debut(), l.fin(), l.parts(), l.heures(),
                        bilan(l.bilanRemisA(), e.nature(), e.circonscription())));
            }
        }
        return new fr.pacte.rapport.LettreDeMission(e.uai(), sigle(e.nature()), e.denominationPrincipale(),
                e.denominationComplementaire(), e.anneeScolaire(), e.civilite(), e.prenom(), e.nom(), e.discipline(),
                reference(Nature.ECOLE.est(e.nature()), !pacte.isEmpty(), !imp.isEmpty()), pacte, imp,
                "À " + e.commune() + ", le " + (signeeLe == null ? EN_ATTENTE : JOUR_LONG.format(signeeLe)),
                signataire, e.numero());
    }

    /** The brouillon as the chef signs it: his name under the signature, the day of signature after the place. */
    public static fr.pacte.rapport.LettreDeMission signee(fr.pacte.rapport.LettreDeMission b, String signataire,
                                                          LocalDate jour) {
        String lieu = b.lieuEtDate() == null ? null : b.lieuEtDate().replace(EN_ATTENTE, JOUR_LONG.format(jour));
        return new fr.pacte.rapport.LettreDeMission(b.uai(), b.sigle(), b.denominationPrincipale(),
                b.denominationComplementaire(), b.anneeScolaire(), b.civilite(), b.prenom(), b.nom(), b.discipline(),
                b.referenceTexte(), b.missionsPacte(), b.missionsImp(), lieu, signataire, b.version());
    }

    /**
     * The agent's acceptance as printed under the signature, from what is stored: the name frozen in the signed
     * content and the day of mission.lettre.acceptee_le (the signed content itself stays untouched, V12).
     */
    public static fr.pacte.rapport.LettreDeMission acceptee(fr.pacte.rapport.LettreDeMission l, VersionLettre v) {
        if (v == null || v.accepteeLe() == null) {
            return l;
        }
        String nom = java.util.stream.Stream.of(l.prenom(), l.nom()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" "));
        return l.acceptee("Lu et accepté par " + nom + ", le "
                + JOUR_LONG.format(v.accepteeLe().atZoneSameInstant(FormatDate.PARIS))
                + (v.accepteeParChef() ? " (acceptation enregistrée par le chef d'établissement)" : "") + ".");
    }

    /** « Taux de base » of the référentiel reads « taux de base » inside the sentence. */
    private static String minuscule(String texte) {
        return texte == null || texte.isEmpty() ? texte : Character.toLowerCase(texte.charAt(0)) + texte.substring(1);
    }

    static String sigle(String nature) {
        Nature n = Nature.de(nature);
        return n == Nature.ECOLE ? "EC" : n == Nature.LYC ? "LGT" : nature;
    }

    /** The rule is the report's (one place): ISOE or ISAE, IMP under décret 2015-475 or 2017-965, or both. */
    static String reference(boolean ecole, boolean avecPacte, boolean avecImp) {
        return fr.pacte.rapport.TextesLettre.pour(ecole, avecPacte, avecImp).reference();
    }

    /**
     * The recipient of the bilan d'activité (seed 001, catalogue column bilan_remis_a): « IEN ou chef
     * d'établissement » is the IEN in an école (premier degré), the chef elsewhere; an école's IEN is named by its
     * circonscription when the école has one (« En fin de mission, un bilan d'activité est remis à l'inspecteur de
     * l'éducation nationale », seed 001).
     */
    static String bilan(String catalogue, String nature, String circonscription) {
        if (catalogue == null) {
            return null;
        }
        boolean ecole = Nature.ECOLE.est(nature);
        String destinataire = catalogue.startsWith("IEN ou ") ? (ecole ? "IEN" : catalogue.substring("IEN ou ".length())) : catalogue;
        return ecole && "IEN".equals(destinataire) && circonscription != null
                ? "IEN de la circonscription " + circonscription : destinataire;
    }

    static String modalite(Modalite modalite, BigDecimal nombreImp) {
        if (modalite == null) {
            return null;
        }
        return switch (modalite) {
            case ANNUELLE -> "annuelle (neuvièmes d'octobre à juin)";
            case PONCTUELLE -> "ponctuelle (après service fait)";
            case DECHARGE -> "décharge de service (" + (nombreImp == null ? "?"
                    : Quantite.texte(nombreImp)) + "\u00A0h hebdomadaires)";
        };
    }
}
