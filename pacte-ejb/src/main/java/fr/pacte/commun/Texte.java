package fr.pacte.commun;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers shared by the modules. */
public final class Texte {

    private Texte() {
    }

    /** Lower-case, accent-free form used by the prefix searches ("Hélène N'Diaye" → "helene n'diaye"). */
    public static String pourRecherche(String... morceaux) {
        String joint = String.join(" ", java.util.Arrays.stream(morceaux).map(m -> m == null ? "" : m).toList());
        String sansAccent = Normalizer.normalize(joint, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return sansAccent.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT).trim();
    }
}
