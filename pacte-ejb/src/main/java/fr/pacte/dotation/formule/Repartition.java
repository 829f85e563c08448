package fr.pacte.dotation.formule;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Proportional sharing in whole quanta between a plancher and a plafond common to all: each share is
 * clamp(λ × poids, plancher, plafond), λ chosen so that the shares sum to the total (or every share sits at its
 * plafond), then rounded by largest remainders. Exact integer arithmetic, O(n log n).
 */
final class Repartition {

    static final long SANS_PLAFOND = Long.MAX_VALUE;

    private Repartition() {
    }

    /** The caller ensures plancher × count ≤ total and plancher ≤ plafond. */
    static long[] repartir(BigInteger[] poids, String[] cles, long total, long plancher, long plafond) {
        int n = poids.length;
        long[] unites = new long[n];
        Arrays.fill(unites, plancher);
        // Heaviest first: as λ grows they leave the plancher first and reach the plafond first.
        int[] ordre = IntStream.range(0, n).filter(i -> poids[i].signum() > 0).boxed()
                .sorted(Comparator.<Integer, BigInteger>comparing(i -> poids[i]).reversed()
                        .thenComparing(i -> cles[i]))
                .mapToInt(Integer::intValue).toArray();
        BigInteger bas = BigInteger.valueOf(plancher);
        BigInteger haut = plafond == SANS_PLAFOND ? null : BigInteger.valueOf(plafond);
        BigInteger cible = BigInteger.valueOf(total);
        BigInteger fixe = bas.multiply(BigInteger.valueOf(n));
        BigInteger poidsLibres = BigInteger.ZERO;
        int premierLibre = 0;
        int finLibres = 0;
        // Sweep λ upwards through the events; S(λ) = fixe + λ × poidsLibres between two events.
        while (true) {
            boolean quitteBas = finLibres < ordre.length && (haut == null || premierLibre == finLibres
                    || bas.multiply(poids[ordre[premierLibre]]).compareTo(haut.multiply(poids[ordre[finLibres]])) <= 0);
            if (!quitteBas && (haut == null || premierLibre == finLibres)) {
                break;
            }
            int i = ordre[quitteBas ? finLibres : premierLibre];
            BigInteger lambda = quitteBas ? bas : haut;
            if (fixe.multiply(poids[i]).add(lambda.multiply(poidsLibres)).compareTo(cible.multiply(poids[i])) >= 0) {
                break;
            }
            if (quitteBas) {
                fixe = fixe.subtract(bas);
                poidsLibres = poidsLibres.add(poids[i]);
                finLibres++;
            } else {
                fixe = fixe.add(haut);
                poidsLibres = poidsLibres.subtract(poids[i]);
                unites[i] = plafond;
                premierLibre++;
            }
        }
        if (poidsLibres.signum() > 0) {
            arrondirLibres(poids, cles, unites, Arrays.copyOfRange(ordre, premierLibre, finLibres),
                    cible.subtract(fixe), poidsLibres);
        }
        return unites;
    }

    /** Free shares are the exact fractions reste × poids / poidsLibres, rounded together. */
    private static void arrondirLibres(BigInteger[] poids, String[] cles, long[] unites, int[] libres,
                                       BigInteger reste, BigInteger poidsLibres) {
        BigInteger[] numerateurs = Arrays.stream(libres).mapToObj(i -> reste.multiply(poids[i]))
                .toArray(BigInteger[]::new);
        String[] clesLibres = Arrays.stream(libres).mapToObj(i -> cles[i]).toArray(String[]::new);
        long[] arrondis = PlusFortsRestes.arrondir(numerateurs, poidsLibres, reste.longValueExact(), clesLibres);
        for (int k = 0; k < libres.length; k++) {
            unites[libres[k]] = arrondis[k];
        }
    }
}
