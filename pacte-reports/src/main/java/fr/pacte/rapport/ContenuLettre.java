package fr.pacte.rapport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Paramètres et lignes du modèle lettre-mission. Le texte fixe du BO est dans le modèle ; ici, les valeurs
 * composées (nuls et vides écartés), pour qu'aucun « null » ni double espace n'atteigne le PDF.
 */
final class ContenuLettre {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String INSECABLE = "\u00A0";

    private ContenuLettre() {
    }

    static Map<String, Object> parametres(LettreDeMission lettre) {
        Map<String, Object> parametres = new HashMap<>();
        parametres.put("ETABLISSEMENT", lettre.uai() + " – " + joindre(lettre.sigle(),
                lettre.denominationPrincipale(), lettre.denominationComplementaire()));
        parametres.put("ANNEE_SCOLAIRE", lettre.anneeScolaire());
        parametres.put("DESTINATAIRE", joindre(lettre.civilite(), lettre.prenom(), lettre.nom()));
        parametres.put("DISCIPLINE", texte(lettre.discipline()));
        parametres.put("AVENANT", lettre.numeroAvenant() == 0 ? ""
                : " – AVENANT N°" + INSECABLE + lettre.numeroAvenant());
        parametres.put("APPEL", appel(lettre.civilite()));
        parametres.put("REFERENCE", lettre.referenceTexte().strip());
        TextesLettre textes = TextesLettre.de(lettre);
        parametres.put("OBJET", textes.objet());
        parametres.put("REMUNERATION", textes.remuneration());
        parametres.put("TITRE_SIGNATAIRE", textes.titreSignataire());
        parametres.put("ACCEPTATION", texte(lettre.acceptation()));
        // the Pacte's paragraph (missions complémentaires) only where there are Pacte missions, or none at all
        parametres.put("AVEC_PACTE", !lettre.missionsPacte().isEmpty() || lettre.missionsImp().isEmpty());
        parametres.put("LIEU_ET_DATE", texte(lettre.lieuEtDate()));
        parametres.put("SIGNATAIRE", texte(lettre.signataire()));
        parametres.put("PIED", "Lettre de mission – " + lettre.uai() + " – " + lettre.anneeScolaire()
                + " – version " + lettre.version());
        return parametres;
    }

    /** Missions du Pacte d'abord, puis IMP : l'ordre du groupe « nature » du modèle. */
    static List<LigneLettre> lignes(LettreDeMission lettre) {
        List<LigneLettre> lignes = new ArrayList<>(lettre.missionsPacte().size() + lettre.missionsImp().size());
        for (MissionLettre mission : lettre.missionsPacte()) {
            lignes.add(new LigneLettre(LigneLettre.PACTE, ligne(mission)));
        }
        for (MissionImpLettre mission : lettre.missionsImp()) {
            lignes.add(new LigneLettre(LigneLettre.IMP, ligne(mission)));
        }
        return lignes;
    }

    /** « Devoirs faits » du 01/09/2025 au 30/06/2026, 1 part(s) fonctionnelle(s) (24 h). */
    static String ligne(MissionLettre mission) {
        String quotite = nombre(mission.parts()) + " part(s) fonctionnelle(s)";
        String forme = mission.heures() == null ? " (engagement annuel)"
                : " (" + nombre(mission.heures()) + INSECABLE + "h)";
        return libelleEtPeriode(mission.libelle(), mission.debut(), mission.fin()) + ", " + quotite + forme
                + bilan(mission.bilanRemisA());
    }

    /** « Tutorat » du … au …, taux de base (003) – 1 IMP – 1 250,00 € annuels ; modalité : … */
    static String ligne(MissionImpLettre mission) {
        String taux = joindre(texte(mission.libelleTaux()).isEmpty() ? "taux" : mission.libelleTaux(),
                mission.codeTaux() == null || mission.codeTaux().isBlank() ? null : "(" + mission.codeTaux() + ")");
        StringBuilder ligne = new StringBuilder(libelleEtPeriode(mission.libelle(), mission.debut(), mission.fin()))
                .append(", ").append(taux)
                .append(" – ").append(nombre(mission.nombreImp())).append(" IMP");
        if (mission.montantAnnuel() != null) {
            ligne.append(" – ").append(FormatFrancais.montant(mission.montantAnnuel())).append(" annuels");
        }
        if (mission.modalite() != null && !mission.modalite().isBlank()) {
            ligne.append(" ; modalité : ").append(mission.modalite().strip());
        }
        return ligne.append(bilan(mission.bilanRemisA())).toString();
    }

    /** « ; bilan d'activité remis au chef d'établissement » (seed 001), rien s'il n'est pas connu. */
    static String bilan(String destinataire) {
        String d = texte(destinataire);
        if (d.isEmpty()) {
            return "";
        }
        return " ; bilan d'activité remis " + (d.startsWith("IEN") ? "à l'" : "au ")
                + d;
    }

    private static String libelleEtPeriode(String libelle, LocalDate debut, LocalDate fin) {
        return "«" + INSECABLE + texte(libelle) + INSECABLE + "» du " + date(debut) + " au " + date(fin);
    }

    /** Formule d'appel de la lettre, d'après la civilité abrégée. */
    static String appel(String civilite) {
        String valeur = texte(civilite);
        return switch (valeur) {
            case "Mme", "Madame" -> "Madame,";
            case "M.", "M", "Monsieur" -> "Monsieur,";
            case "" -> "Madame, Monsieur,";
            default -> valeur + ",";
        };
    }

    /** 1 → « 1 », 0.50 → « 0,5 » : parts, heures et nombre d'IMP peuvent être fractionnaires. */
    static String nombre(BigDecimal valeur) {
        return valeur == null ? "?" : valeur.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String date(LocalDate date) {
        return date == null ? "?" : DATE.format(date);
    }

    private static String joindre(String... morceaux) {
        return Stream.of(morceaux).filter(Objects::nonNull).map(String::strip).filter(m -> !m.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static String texte(String valeur) {
        return valeur == null ? "" : valeur.strip();
    }
}
