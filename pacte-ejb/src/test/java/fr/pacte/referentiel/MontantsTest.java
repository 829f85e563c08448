package fr.pacte.referentiel;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Seeds 001/002 (1 250 € a part) and 003 (the yearly amount of an IMP rate): one answer for payment and screens. */
class MontantsTest {

    private static final BigDecimal PART = new BigDecimal("1250.00");

    @Test
    void partsArePaidAtTheCampaignsAmountToTheCent() {
        assertEquals(new BigDecimal("625.00"), Montants.desParts(new BigDecimal("0.5"), PART));
        assertEquals(new BigDecimal("7500.00"), Montants.desParts(new BigDecimal("6"), PART));
        assertEquals(new BigDecimal("2600.00"), Montants.desParts(new BigDecimal("2"), new BigDecimal("1300")),
                "the amount of a part is a campaign setting");
        assertEquals(new BigDecimal("625.01"), Montants.desParts(new BigDecimal("0.5"), new BigDecimal("1250.01")),
                "a half part of an amount in odd cents is rounded to the cent, not refused");
    }
}
