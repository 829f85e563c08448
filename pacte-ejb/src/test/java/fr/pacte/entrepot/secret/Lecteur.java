package fr.pacte.entrepot.secret;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader of the published table trying to recompute masked cells from the totals. Independent of the production
 * code's method: exact rational arithmetic, and the null space of the system rather than its row space. A masked
 * cell is recomputable exactly when every solution of the homogeneous system has a zero in its position.
 */
final class Lecteur {

    private Lecteur() {
    }

    static List<Integer> recalculables(boolean[] masque, List<Equation> equations) {
        List<Integer> inconnues = new ArrayList<>();
        for (int i = 0; i < masque.length; i++) {
            if (masque[i]) {
                inconnues.add(i);
            }
        }
        int n = inconnues.size();
        List<Fraction[]> lignes = new ArrayList<>();
        for (Equation e : equations) {
            Fraction[] l = new Fraction[n];
            for (int j = 0; j < n; j++) {
                int cellule = inconnues.get(j);
                long coef = 0;
                for (int p : e.parties()) {
                    if (p == cellule) {
                        coef++;
                    }
                }
                if (e.total() == cellule) {
                    coef--;
                }
                l[j] = Fraction.de(coef);
            }
            lignes.add(l);
        }
        // Gauss-Jordan, then the null space basis: one vector per free column
        List<Integer> pivots = new ArrayList<>();
        int rang = 0;
        for (int col = 0; col < n && rang < lignes.size(); col++) {
            int p = -1;
            for (int r = rang; r < lignes.size(); r++) {
                if (!lignes.get(r)[col].nul()) {
                    p = r;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            Fraction[] pl = lignes.remove(p);
            lignes.add(rang, pl);
            Fraction v = pl[col];
            for (int j = 0; j < n; j++) {
                pl[j] = pl[j].diviser(v);
            }
            for (int r = 0; r < lignes.size(); r++) {
                if (r != rang && !lignes.get(r)[col].nul()) {
                    Fraction f = lignes.get(r)[col];
                    for (int j = 0; j < n; j++) {
                        lignes.get(r)[j] = lignes.get(r)[j].moins(f.fois(pl[j]));
                    }
                }
            }
            pivots.add(col);
            rang++;
        }
        boolean[] libreNonNul = new boolean[n];
        for (int libre = 0; libre < n; libre++) {
            if (pivots.contains(libre)) {
                continue;
            }
            libreNonNul[libre] = true;
            for (int k = 0; k < pivots.size(); k++) {
                if (!lignes.get(k)[libre].nul()) {
                    libreNonNul[pivots.get(k)] = true;
                }
            }
        }
        List<Integer> revelees = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (!libreNonNul[j]) {
                revelees.add(inconnues.get(j));
            }
        }
        return revelees;
    }

    record Fraction(BigInteger num, BigInteger den) {
        static Fraction de(long v) {
            return new Fraction(BigInteger.valueOf(v), BigInteger.ONE);
        }

        boolean nul() {
            return num.signum() == 0;
        }

        Fraction fois(Fraction o) {
            return reduite(num.multiply(o.num), den.multiply(o.den));
        }

        Fraction diviser(Fraction o) {
            return reduite(num.multiply(o.den), den.multiply(o.num));
        }

        Fraction moins(Fraction o) {
            return reduite(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
        }

        static Fraction reduite(BigInteger n, BigInteger d) {
            if (d.signum() < 0) {
                n = n.negate();
                d = d.negate();
            }
            BigInteger g = n.gcd(d);
            return g.signum() == 0 ? new Fraction(BigInteger.ZERO, BigInteger.ONE) : new Fraction(n.divide(g), d.divide(g));
        }
    }
}
