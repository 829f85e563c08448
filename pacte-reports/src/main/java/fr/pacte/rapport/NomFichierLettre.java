package fr.pacte.rapport;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Nom d'entrée ZIP {@code <UAI>/<NOM>_<PRENOM>_<identifiant>_v<version>.pdf} en ASCII : les outils
 * d'archive des postes ne s'accordent pas tous sur l'encodage des noms, et « / », « .. » ne doivent pas
 * sortir d'un nom.
 */
final class NomFichierLettre {

    private static final Pattern DIACRITIQUES = Pattern.compile("\\p{M}+");
    private static final Pattern HORS_ASCII_SUR = Pattern.compile("[^A-Za-z0-9-]+");
    private static final Pattern BORDS = Pattern.compile("^[_-]+|[_-]+$");
    private static final int LONGUEUR_MAX = 60;

    private NomFichierLettre() {
    }

    static String entree(LettreDeMission lettre, String identifiant) {
        return entree(lettre, identifiant, "");
    }

    /** {@code suffixe}, ASCII sûr, s'ajoute après la troncature de l'identifiant (noms en double). */
    static String entree(LettreDeMission lettre, String identifiant, String suffixe) {
        return ascii(lettre.uai()).toUpperCase(Locale.ROOT) + "/"
                + ascii(lettre.nom()).toUpperCase(Locale.ROOT) + "_" + ascii(lettre.prenom()) + "_"
                + ascii(identifiant) + suffixe + "_v" + lettre.version() + ".pdf";
    }

    static String ascii(String texte) {
        if (texte == null) {
            return "_";
        }
        String ligatures = texte.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss");
        String sansAccents = DIACRITIQUES.matcher(Normalizer.normalize(ligatures, Normalizer.Form.NFD)).replaceAll("");
        String sur = BORDS.matcher(HORS_ASCII_SUR.matcher(sansAccents).replaceAll("_")).replaceAll("");
        if (sur.length() > LONGUEUR_MAX) {
            sur = sur.substring(0, LONGUEUR_MAX);
        }
        return sur.isEmpty() ? "_" : sur;
    }
}
