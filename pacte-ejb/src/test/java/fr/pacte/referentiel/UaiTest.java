package fr.pacte.referentiel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UaiTest {

    @ParameterizedTest
    @ValueSource(strings = {"0750654D", "0750655E", "0690026D"})
    void exemplesDuReferentielValides(String uai) {
        assertEquals(Optional.empty(), Uai.erreur(uai));
        assertTrue(Uai.estValide(uai));
    }

    @Test
    void mauvaiseLettreRefuseeEnNommantLaLettreAttendue() {
        assertEquals(Optional.of("clé UAI incorrecte : 0750654A (lettre attendue D)"), Uai.erreur("0750654A"));
        assertEquals(Optional.of("clé UAI incorrecte : 0690026E (lettre attendue D)"), Uai.erreur("0690026E"));
    }

    @Test
    void lettreCleCalculeeSur23LettresSansIOQ() {
        assertEquals('D', Uai.lettreCle("0750654"));
        assertEquals('E', Uai.lettreCle("0750655"));
        assertEquals('A', Uai.lettreCle("0000000"));
        assertEquals('Z', Uai.lettreCle("0000022"));
        assertEquals('A', Uai.lettreCle("0000023"));
        assertEquals('J', Uai.lettreCle("0000008"));
        assertThrows(IllegalArgumentException.class, () -> Uai.lettreCle("075065"));
        assertThrows(IllegalArgumentException.class, () -> Uai.lettreCle("075065X"));
    }

    @Test
    void minusculesEtEspacesNormalises() {
        assertTrue(Uai.estValide(" 0750654d "));
        assertEquals("0750654D", Uai.normaliser(" 0750654d "));
    }

    @Test
    void formeIncorrecte() {
        assertEquals(Optional.of("UAI absent"), Uai.erreur("  "));
        assertEquals(Optional.of("UAI absent"), Uai.erreur(null));
        assertEquals(Optional.of("UAI incorrect : 750654D (7 chiffres suivis d'une lettre attendus)"),
                Uai.erreur("750654D"));
        assertFalse(Uai.estValide("07506541"));
        assertFalse(Uai.estValide("O750654D"));
        // Arabic-Indic digits are digits for Java, not for a UAI.
        assertFalse(Uai.estValide("\u0660750654D"));
        assertTrue(Uai.erreur("0750654DX").orElseThrow().startsWith("UAI incorrect"));
    }

    @Test
    void departementDeLUai() {
        assertEquals("075", Uai.departement("0750654D"));
        assertEquals("620", Uai.departement("6200001X"));
        assertEquals("971", Uai.departement("9710001a"));
    }
}
