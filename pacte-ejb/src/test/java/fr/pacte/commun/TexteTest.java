package fr.pacte.commun;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TexteTest {

    @Test
    void searchFormDropsAccentsCaseLigaturesAndExtraSpaces() {
        assertEquals("helene n'diaye-oehmichen tst1", Texte.pourRecherche("Hélène  N'Diaye-Œhmichen", null, "TST1"));
        assertEquals("college du sacre-coeur", Texte.pourRecherche("Collège du Sacré-Cœur", ""));
    }
}
