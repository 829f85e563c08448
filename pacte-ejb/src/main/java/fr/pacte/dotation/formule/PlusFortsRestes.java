package fr.pacte.dotation.formule;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Largest-remainder rounding (Hamilton): exact shares numerateurs[i] / denominateur in quanta become whole
 * quanta summing to {@code total}; ties go to the smaller key (UAI) so the result does not depend on input order.
 */
final class PlusFortsRestes {

    private PlusFortsRestes() {
    }

    /**
     * @param total between the sum of the floors and that sum plus the number of non-zero remainders, so every
     *              share is rounded down or up, never further
     */
    static long[] arrondir(BigInteger[] numerateurs, BigInteger denominateur, long total, String[] cles) {
        int n = numerateurs.length;
        long[] unites = new long[n];
        BigInteger[] restes = new BigInteger[n];
        long somme = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = numerateurs[i].divideAndRemainder(denominateur);
            unites[i] = qr[0].longValueExact();
            restes[i] = qr[1];
            somme += unites[i];
        }
        long aDonner = total - somme;
        Integer[] ordre = new Integer[n];
        Arrays.setAll(ordre, i -> i);
        Arrays.sort(ordre, Comparator.<Integer, BigInteger>comparing(i -> restes[i]).reversed()
                .thenComparing(i -> cles[i]));
        if (aDonner < 0 || aDonner > n || (aDonner > 0 && restes[ordre[(int) aDonner - 1]].signum() == 0)) {
            throw new IllegalStateException("Arrondi impossible : " + aDonner + " quanta à répartir sur " + n);
        }
        for (int k = 0; k < aDonner; k++) {
            unites[ordre[k]]++;
        }
        return unites;
    }
}
