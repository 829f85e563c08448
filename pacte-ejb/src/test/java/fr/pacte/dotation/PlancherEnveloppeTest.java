package fr.pacte.dotation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Issue 14: an envelope never goes below what its attributions take, and a conversion takes only free IMP. */
class PlancherEnveloppeTest {

    private static final PlancherEnveloppe PRIS = new PlancherEnveloppe("0380001A", d("12"), d("3.5"), d("2"));

    @Test
    void lesPartsNeDescendentPasSousCeQuiEstAttribue() {
        RegleDotationException e = assertThrows(RegleDotationException.class, () -> PRIS.controler(d("10"), d("5"), d("2")));
        assertEquals("0380001A : 12 parts attribuées, l'enveloppe ne peut descendre sous 12 (demandé : 10).", e.getMessage());
        assertEquals("parts", e.champ());
        assertEquals("0380001A", e.uai());
    }

    @Test
    void lesImpNeDescendentPasSousCeQuiEstAttribue() {
        RegleDotationException e = assertThrows(RegleDotationException.class, () -> PRIS.controler(d("12"), d("3.25"), d("2")));
        assertEquals("0380001A : 3,5 IMP attribués, l'enveloppe ne peut descendre sous 3,5 IMP (demandé : 3,25).", e.getMessage());
        assertEquals("imp", e.champ());
    }

    @Test
    void laDechargeNeDescendPasSousCeQuiEstAttribue() {
        RegleDotationException e = assertThrows(RegleDotationException.class, () -> PRIS.controler(d("12"), d("4"), d("1")));
        assertEquals("0380001A : 2 heures de décharge attribuées, l'enveloppe ne peut descendre sous 2 h (demandé : 1).",
                e.getMessage());
    }

    @Test
    void exactementCeQuiEstAttribueEstPermis() {
        assertDoesNotThrow(() -> PRIS.controler(d("12"), d("3.5"), d("2")));
        assertDoesNotThrow(() -> new PlancherEnveloppe("0380001A", d("0"), d("0"), d("0")).controler(d("0"), d("0"), d("0")));
    }

    @Test
    void uneConversionNePrendQueLesImpLibres() {
        assertDoesNotThrow(() -> PRIS.controlerConversion(d("5"), d("1.5")));
        RegleDotationException e = assertThrows(RegleDotationException.class, () -> PRIS.controlerConversion(d("5"), d("1.75")));
        assertEquals("0380001A : L'enveloppe compte 5 IMP dont 3,5 attribué(s) : il reste 1,5 IMP libre,"
                + " impossible d'en convertir 1,75 en décharge.", e.getMessage());
        assertEquals("quantite", e.champ());
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
