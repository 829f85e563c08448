package fr.pacte.referentiel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeDepartementTest {

    @ParameterizedTest
    @ValueSource(strings = {"001", "019", "021", "075", "095", "620", "720", "971", "972", "973", "974", "976"})
    void codesValides(String code) {
        assertTrue(CodeDepartement.estValide(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "020", "096", "099", "975", "977", "2A0", "abc", "0750"})
    void codesRefuses(String code) {
        assertFalse(CodeDepartement.estValide(code), code);
    }

    @Test
    void messagesQuiExpliquent() {
        assertEquals("code département incorrect : 020 (la Corse s'écrit 620 pour la Corse-du-Sud et 720 pour la"
                + " Haute-Corse)", CodeDepartement.erreur("020").orElseThrow());
        assertEquals("code département inconnu : 975", CodeDepartement.erreur("975").orElseThrow());
        assertTrue(CodeDepartement.erreur("75").orElseThrow().startsWith("code département incorrect : 75 (3 chiffres"));
        assertEquals("code département absent", CodeDepartement.erreur("").orElseThrow());
    }
}
