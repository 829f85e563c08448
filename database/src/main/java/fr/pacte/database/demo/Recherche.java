package fr.pacte.database.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The "recherche" columns: lower-case, accent-free text. Must give the same result as the application's
 * fr.pacte.commun.Texte.pourRecherche (this module cannot depend on pacte-ejb), ligatures included.
 */
final class Recherche {

    private static final Pattern MARQUES = Pattern.compile("\\p{M}+");
    private static final Pattern ESPACES = Pattern.compile("\\s+");

    private Recherche() {
    }

    static String de(String... parties) {
        String texte = ESPACES.matcher(String.join(" ", parties).strip()).replaceAll(" ");
        String sansAccent = MARQUES.matcher(Normalizer.normalize(texte, Normalizer.Form.NFD)).replaceAll("");
        return sansAccent.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
    }
}
