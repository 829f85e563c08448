package fr.pacte.commun;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by the modules. */
public final class Texte {

    private static final Pattern ESPACES = Pattern.compile("\\s+");

    private Texte() {
    }

    /**
     * Lower-case, accent-free form used by the searches ("Hélène N'Diaye-Œhmichen" → "helene n'diaye-oehmichen").
     * The demo generator of the database module applies the same rule to the rows it writes.
     */
    public static String pourRecherche(String... morceaux) {
        StringBuilder joint = new StringBuilder(64);
        boolean premier = true;
        for (String m : morceaux) {
            if (m != null) {
                joint.append(premier ? "" : " ").append(m);
                premier = false;
            }
        }
        String texte = ESPACES.matcher(joint.toString().strip()).replaceAll(" ");
        if (ascii(texte)) {
            return texte.toLowerCase(Locale.ROOT); // nothing to unaccent: the import's most frequent case, kept cheap
        }
        // one pass over the decomposed text instead of a regular expression and four replacements: an import
        // computes this for each of its lines
        String decompose = Normalizer.normalize(texte, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decompose.length() + 4);
        for (int i = 0; i < decompose.length(); ) {
            int c = decompose.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue; // \p{M}: the accents NFD set apart
            }
            switch (c) {
                case 'œ', 'Œ' -> sb.append("oe");
                case 'æ', 'Æ' -> sb.append("ae");
                default -> sb.appendCodePoint(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean ascii(String texte) {
        for (int i = 0; i < texte.length(); i++) {
            if (texte.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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
