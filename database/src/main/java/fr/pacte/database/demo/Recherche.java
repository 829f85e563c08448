package fr.pacte.database.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The "recherche" columns: lower-case, accent-free text searched by prefix. */
final class Recherche {

    private static final Pattern MARQUES = Pattern.compile("\\p{M}+");
    private static final Pattern ESPACES = Pattern.compile("\\s+");

    private Recherche() {
    }

    static String de(String... parties) {
        String texte = ESPACES.matcher(String.join(" ", parties).strip()).replaceAll(" ");
        return MARQUES.matcher(Normalizer.normalize(texte, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
