package fr.pacte.attribution;

import fr.pacte.referentiel.Modalite;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What makes a request a repeat of an attribution in force, and cancelling twice. */
class AttributionCleTest {

    private static NouvelleAttribution pacte(String parts) {
        return new NouvelleAttribution("2077-2078", "0385701R", "IDM0000000001", "PACTE", "P2-DEVOIRS-FAITS",
                new BigDecimal(parts), null, new BigDecimal("24"), LocalDate.of(2077, 9, 1), LocalDate.of(2078, 6, 30),
                Modalite.ANNUELLE);
    }

    private static NouvelleAttribution imp(String taux) {
        return new NouvelleAttribution("2077-2078", "0385701R", "IDM0000000001", "IMP", "IMP-REF-NUMERIQUE", null, taux,
                null, LocalDate.of(2077, 9, 1), LocalDate.of(2078, 6, 30), Modalite.ANNUELLE);
    }

    @Test
    void theSamePartsWrittenOtherwiseAreARepeatOtherPartsAreNot() {
        Attribution a = new Attribution(pacte("1"), "SECOND_DEGRE", BigDecimal.ZERO, "chef");
        assertTrue(a.memeContenu(pacte("1.0")));
        assertFalse(a.memeContenu(pacte("2")));
    }

    @Test
    void anImpIsARepeatAtTheSameRateOnly() {
        Attribution a = new Attribution(imp("002"), "SECOND_DEGRE", new BigDecimal("0.5"), "chef");
        assertTrue(a.memeContenu(imp("002")));
        assertFalse(a.memeContenu(imp("003")));
    }

    @Test
    void cancellingTwiceCancelsOnce() {
        Attribution a = new Attribution(pacte("1"), "SECOND_DEGRE", BigDecimal.ZERO, "chef");
        assertTrue(a.annuler());
        assertFalse(a.annuler());
        assertTrue(a.isAnnulee());
    }
}
