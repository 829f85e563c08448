package fr.pacte.entrepot.secret;

import java.util.Arrays;

/** An additive relation a table publishes: the cells {@code parties} add up to the cell {@code total}. */
public record Equation(int[] parties, int total) {

    public Equation {
        parties = parties.clone();
    }

    @Override
    public int[] parties() {
        return parties.clone();
    }

    boolean contient(int cellule) {
        return total == cellule || Arrays.stream(parties).anyMatch(p -> p == cellule);
    }

    int[] cellules() {
        int[] toutes = Arrays.copyOf(parties, parties.length + 1);
        toutes[parties.length] = total;
        return toutes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Equation e && e.total == total && Arrays.equals(e.parties, parties);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(parties) + total;
    }

    @Override
    public String toString() {
        return Arrays.toString(parties) + " = " + total;
    }
}
