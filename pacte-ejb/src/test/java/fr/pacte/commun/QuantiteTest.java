package fr.pacte.commun;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantiteTest {

    private static final Duration VITE = Duration.ofSeconds(1);

    @Test
    void ordinaryQuantitiesPass() {
        assertNull(Quantite.refus("parts", new BigDecimal("2.5"), Quantite.Borne.ENVELOPPE));
        assertNull(Quantite.refus("parts", new BigDecimal("999999"), Quantite.Borne.ENVELOPPE));
        assertNull(Quantite.refus("IMP", new BigDecimal("0.25"), Quantite.Borne.ENVELOPPE));
        assertNull(Quantite.refus("IMP", new BigDecimal("1.500000"), Quantite.Borne.ENVELOPPE));
        assertNull(Quantite.refus("IMP", new BigDecimal("1E+3"), Quantite.Borne.ENVELOPPE));
        assertNull(Quantite.refus("pourcentage", new BigDecimal("-100"), Quantite.Borne.COEFFICIENT));
        assertNull(Quantite.refus("parts", BigDecimal.ZERO, Quantite.Borne.PARTS_ATTRIBUTION));
        assertNull(Quantite.refus("parts", null, Quantite.Borne.PARTS_ATTRIBUTION));
    }

    @Test
    void aHugeExponentIsRefusedAtOnceWithTheFieldAndTheMaximum() {
        String refus = assertTimeoutPreemptively(VITE,
                () -> Quantite.refus("Parts Pacte de 0380001V", new BigDecimal("1E999999999"), Quantite.Borne.ENVELOPPE));
        assertEquals("Parts Pacte de 0380001V : 1E+999999999 dépasse le maximum admis (999\u202f999)", refus);
        assertTimeoutPreemptively(VITE, () -> assertTrue(Quantite.refus("heures", new BigDecimal("-1E999999999"),
                Quantite.Borne.HEURES).endsWith("(9\u202f999 en valeur absolue)")));
    }

    @Test
    void tinyOrOverPreciseValuesAreRefusedForTheirDecimals() {
        String refus = assertTimeoutPreemptively(VITE,
                () -> Quantite.refus("IMP", new BigDecimal("1E-999999999"), Quantite.Borne.ENVELOPPE));
        assertEquals("IMP : 1E-999999999 a plus de 2 décimales", refus);
        assertEquals("IMP : 0,125 a plus de 2 décimales",
                Quantite.refus("IMP", new BigDecimal("0.125"), Quantite.Borne.ENVELOPPE));
    }

    @Test
    void aZeroCarryingAHugeExponentIsRefused() {
        assertTimeoutPreemptively(VITE, () -> assertTrue(Quantite.refus("parts", new BigDecimal("0E+999999999"),
                Quantite.Borne.ENVELOPPE).contains("zéro mal formé")));
        assertTimeoutPreemptively(VITE, () -> assertTrue(Quantite.refus("parts", new BigDecimal("0E-999999999"),
                Quantite.Borne.ENVELOPPE).contains("zéro mal formé")));
    }

    @Test
    void eachBoundHasItsMaximum() {
        assertNull(Quantite.refus("allocation", new BigDecimal("9999999"), Quantite.Borne.ALLOCATION));
        assertTrue(Quantite.refus("allocation", new BigDecimal("10000000"), Quantite.Borne.ALLOCATION).contains("dépasse"));
        assertTrue(Quantite.refus("parts", new BigDecimal("100"), Quantite.Borne.PARTS_ATTRIBUTION).contains("(99)"));
        assertTrue(Quantite.refus("heures", new BigDecimal("10000"), Quantite.Borne.HEURES).contains("dépasse"));
        assertTrue(Quantite.refus("poids", new BigDecimal("1000.01"), Quantite.Borne.COEFFICIENT).contains("dépasse"));
    }

    @Test
    void typedTextIsReadTheFrenchWayAndBoundedBeforeParsing() {
        assertEquals(new BigDecimal("1250.5"), Quantite.lire("parts", " 1\u00a0250,5 ", Quantite.Borne.ENVELOPPE));
        assertNull(Quantite.lire("parts", "  ", Quantite.Borne.ENVELOPPE));
        QuantiteRefuseeException pasUnNombre = assertThrows(QuantiteRefuseeException.class,
                () -> Quantite.lire("parts_pacte", "deux", Quantite.Borne.ENVELOPPE));
        assertEquals("parts_pacte : « deux » n'est pas un nombre (exemples : 2 ; 2,5 ; 1 250)", pasUnNombre.getMessage());
        QuantiteRefuseeException enorme = assertTimeoutPreemptively(VITE, () -> assertThrows(QuantiteRefuseeException.class,
                () -> Quantite.lire("parts", "1E999999999", Quantite.Borne.PARTS_ATTRIBUTION)));
        assertEquals("parts : 1E+999999999 dépasse le maximum admis (99)", enorme.getMessage());
        QuantiteRefuseeException long_ = assertThrows(QuantiteRefuseeException.class,
                () -> Quantite.lire("heures", "1".repeat(5000), Quantite.Borne.HEURES));
        assertTrue(long_.getMessage().contains("5000 caractères pour 30 au plus"), long_.getMessage());
    }

    @Test
    void textLengthIsCheckedAgainstTheColumn() {
        assertNull(Texte.tropLong("motif", "a".repeat(500), 500));
        assertNull(Texte.tropLong("motif", null, 500));
        assertEquals("Motif : texte trop long (501 caractères pour 500 au plus)", Texte.tropLong("Motif", "a".repeat(501), 500));
    }

    @Test
    void aQuantityIsWrittenTheFrenchWayOnceForMessagesAndOnceForFigures() {
        assertEquals("2,5", Quantite.texte(new BigDecimal("2.50")));
        assertEquals("1250", Quantite.texte(new BigDecimal("1250.00")));
        assertEquals("0", Quantite.texte(new BigDecimal("0.00")));
        // the screens group thousands with the French (narrow no-break) space
        assertEquals("1\u202f250", Quantite.groupee(new BigDecimal("1250")).replace('\u00a0', '\u202f'));
        assertEquals("0,25", Quantite.groupee(new BigDecimal("0.25")));
    }
}
