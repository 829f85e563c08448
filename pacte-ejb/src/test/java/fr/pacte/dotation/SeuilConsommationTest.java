package fr.pacte.dotation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeuilConsommationTest {

    private static final BigDecimal CINQUANTE = new BigDecimal("50");

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void underHalfOfThePartsAttributedIsAnAlertAtFiftyPercent() {
        assertTrue(SeuilConsommation.sousConsommee(d("10"), d("4"), d("0"), d("0"), CINQUANTE));
        assertFalse(SeuilConsommation.sousConsommee(d("10"), d("5"), d("0"), d("0"), CINQUANTE), "exactly 50 % is not under");
    }

    @Test
    void theImpAloneCanPutTheEnvelopeInAlert() {
        assertTrue(SeuilConsommation.sousConsommee(d("10"), d("10"), d("4"), d("1"), CINQUANTE));
    }

    @Test
    void anEmptyEnvelopeIsNeverInAlert() {
        assertFalse(SeuilConsommation.sousConsommee(d("0"), d("0"), d("0"), d("0"), CINQUANTE));
        assertNull(SeuilConsommation.taux(d("0"), d("0")));
        assertEquals(d("33.3"), SeuilConsommation.taux(d("3"), d("1")));
    }
}
