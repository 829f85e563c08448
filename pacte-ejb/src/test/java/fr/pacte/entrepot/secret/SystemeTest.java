package fr.pacte.entrepot.secret;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SystemeTest {

    @Test
    void theModularProductAndInverseAgreeWithBigInteger() {
        Random hasard = new Random(61);
        BigInteger p = BigInteger.valueOf(Systeme.P);
        for (int i = 0; i < 10_000; i++) {
            long a = Math.floorMod(hasard.nextLong(), Systeme.P);
            long b = i < 10 ? Systeme.P - 1 - i : Math.floorMod(hasard.nextLong(), Systeme.P);
            assertEquals(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(p).longValueExact(),
                    Systeme.multiplier(a, b));
            if (a != 0) {
                assertEquals(1, Systeme.multiplier(a, Systeme.inverse(a)));
            }
        }
    }

    @Test
    void theScoreOfACandidateIsWhatMaskingItLeavesAndTheDerivableCellsMatchTheRationalReader() {
        // the incremental shortcut checked against a fresh elimination and against the independent reader
        Random hasard = new Random(2026);
        for (int essai = 0; essai < 200; essai++) {
            int n = 6 + hasard.nextInt(20);
            List<Equation> eq = new ArrayList<>();
            for (int e = 0; e < 2 + hasard.nextInt(8); e++) {
                int total = hasard.nextInt(n);
                int[] parties = IntStream.range(0, n).filter(c -> c != total && hasard.nextInt(4) == 0).toArray();
                if (parties.length > 0) {
                    eq.add(new Equation(parties, total));
                }
            }
            Systeme s = new Systeme(n, eq);
            boolean[] masque = new boolean[n];
            for (int c = 0; c < n; c++) {
                if (hasard.nextInt(3) == 0) {
                    masque[c] = true;
                    s.masquer(c);
                }
            }
            int[] d = s.deductibles();
            assertEquals(Lecteur.recalculables(masque, eq), IntStream.of(d).boxed().toList(), "essai " + essai);
            for (int c = 0; c < n; c++) {
                if (!masque[c]) {
                    boolean[] plus = masque.clone();
                    plus[c] = true;
                    assertEquals(Lecteur.recalculables(plus, eq).size(), s.restantes(c, d), "essai " + essai + ", " + c);
                }
            }
        }
    }
}
