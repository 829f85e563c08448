package fr.pacte.commun;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TexteTest {

    @Test
    void searchFormDropsAccentsCaseLigaturesAndExtraSpaces() {
        assertEquals("helene n'diaye-oehmichen tst1", Texte.pourRecherche("Hélène  N'Diaye-Œhmichen", null, "TST1"));
        assertEquals("college du sacre-coeur", Texte.pourRecherche("Collège du Sacré-Cœur", ""));
    }

    /** The former definition (regular expressions), kept as the oracle of the one-pass form the imports use. */
    private static String reference(String... morceaux) {
        String joint = Arrays.stream(morceaux).filter(Objects::nonNull).collect(Collectors.joining(" "));
        String texte = Pattern.compile("\\s+").matcher(joint.strip()).replaceAll(" ");
        String sansAccent = Pattern.compile("\\p{M}+").matcher(Normalizer.normalize(texte, Normalizer.Form.NFD))
                .replaceAll("");
        return sansAccent.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
    }

    @Test
    void searchFormIsTheSameAsTheRegularExpressionsOne() {
        List<String[]> cas = List.of(new String[]{"Martin", "Paul", "BNC0000000001"},
                new String[]{" Lefèvre ", "Hélène", null}, new String[]{"Le Gall-Hébert", "", "Zoé"},
                new String[]{"ŒHMICHEN", "Æsa", "x"}, new String[]{"a\tb\n c", "\u00a0d"},
                new String[]{"e\u0301", "n\u0303o", "\u20dd"}, new String[]{"İstanbul", "Straße", "ǅ"},
                new String[]{"\uD835\uDC00 \uD834\uDD65", "Ça ç"}, new String[]{null, null}, new String[]{});
        for (String[] c : cas) {
            assertEquals(reference(c), Texte.pourRecherche(c), () -> String.join("|", Arrays.toString(c)));
        }
    }
}
