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
}
