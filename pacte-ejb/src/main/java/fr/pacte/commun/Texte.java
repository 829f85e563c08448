package fr.pacte.commun;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Text helpers shared by the modules. */
public final class Texte {

    private static final Pattern MARQUES = Pattern.compile("\\p{M}+");
    private static final Pattern ESPACES = Pattern.compile("\\s+");

    private Texte() {
    }

    /**
     * Lower-case, accent-free form used by the searches ("Hélène N'Diaye-Œhmichen" → "helene n'diaye-oehmichen").
     * The demo generator of the database module applies the same rule to the rows it writes.
     */
    public static String pourRecherche(String... morceaux) {
        String joint = Arrays.stream(morceaux).filter(Objects::nonNull).collect(Collectors.joining(" "));
        String texte = ESPACES.matcher(joint.strip()).replaceAll(" ");
        String sansAccent = MARQUES.matcher(Normalizer.normalize(texte, Normalizer.Form.NFD)).replaceAll("");
        return sansAccent.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Free text (motif, justification, bilan) against the size of its column, so that a longer one is refused with
     * a message instead of failing in PostgreSQL.
     *
     * @return the French reason it is refused, or null (null and blank texts are the caller's rule)
     */
    public static String tropLong(String quoi, String texte, int longueurMax) {
        if (texte == null || texte.length() <= longueurMax) {
            return null;
        }
        return String.format(Locale.FRANCE, "%s : texte trop long (%d caractères pour %d au plus)",
                quoi, texte.length(), longueurMax);
    }
}
