package fr.pacte.attribution;

import fr.pacte.attribution.SimulationPlafond.PartsPersonne;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SimulationPlafondTest {

    private static PartsPersonne p(String id, String parts, boolean volontaire) {
        return new PartsPersonne(id, new BigDecimal(parts), volontaire);
    }

    @Test
    void fromThreeToFourEachVolunteerAtTheCapCouldTakeOneMorePart() {
        SimulationPlafond.Resultat r = SimulationPlafond.simuler(List.of(
                p("A", "3", true), p("B", "3", true), p("C", "2", true), p("D", "3", false), p("E", "1", true)), 3, 4);
        assertEquals(5, r.personnesAvecParts());
        assertEquals(3, r.personnesAuPlafond(), "A, B and D hold 3 parts");
        assertEquals(2, r.volontairesAuPlafond(), "D is no longer a volunteer");
        assertEquals(0, new BigDecimal("2").compareTo(r.partsSupplementaires()));
    }

    @Test
    void aPersonAlreadyAboveTheNewCapGivesNothingAndACapLoweredMovesNothing() {
        SimulationPlafond.Resultat r = SimulationPlafond.simuler(List.of(p("A", "4.5", true), p("B", "3", true)), 3, 4);
        assertEquals(2, r.personnesAuPlafond());
        assertEquals(0, BigDecimal.ONE.compareTo(r.partsSupplementaires()), "only B has room: 4 - 3");
        assertEquals(0, SimulationPlafond.simuler(List.of(p("A", "3", true)), 3, 2).partsSupplementaires().signum());
    }

    @Test
    void nobodyAtTheCapNothingMoves() {
        SimulationPlafond.Resultat r = SimulationPlafond.simuler(List.of(p("A", "2.5", true)), 3, 4);
        assertEquals(0, r.personnesAuPlafond());
        assertEquals(0, r.partsSupplementaires().signum());
    }
}
