package fr.pacte.database.banc;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BancTest {

    @Test
    void lesCotesAlternentEtLeRapportEstCeluiDesMedianes() throws Exception {
        List<String> ordre = new ArrayList<>();
        double[] nous = {30, 10, 20, 1000};
        double[] base = {10, 10, 5, 10};
        int[] i = {0, 0};
        Banc.Resultat r = new Banc("essai", 4).comparer("nous", () -> {
            ordre.add("n");
            return nous[i[0]++];
        }, "base", () -> {
            ordre.add("b");
            return base[i[1]++];
        }, 3);
        assertEquals(List.of("n", "b", "b", "n", "n", "b", "b", "n"), ordre);
        assertEquals(25, r.nous());      // median of 10, 20, 30, 1000: one slow round does not move it
        assertEquals(10, r.base());
        assertEquals(2.5, r.rapport());
        assertEquals(true, r.atteint());
    }

    @Test
    void moinsDeTroisToursEstRefuse() {
        assertThrows(IllegalArgumentException.class, () -> new Banc("essai", 2));
    }
}
