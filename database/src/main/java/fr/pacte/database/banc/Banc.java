package fr.pacte.database.banc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one harness of the benchmarks (issue 19, point 6): our side and the raw baseline the issue names are run in
 * the same JVM and the same run, in alternating order over several rounds (ours first in odd rounds, the baseline
 * first in even ones, so that neither always meets a cold cache or a warm one), and the ratio of the medians so far
 * is printed with every round. A benchmark measures and prints; it never fails on a ratio — the figures go to
 * {@code BENCHMARK.md}, with an honest word when a goal is not met.
 *
 * <p>Each side measures itself ({@link Cote#mesurer()} returns milliseconds), so that the work it must redo before a
 * round (emptying a staging table, cancelling the month's run) stays outside its time.
 */
public final class Banc {

    /** One side of a comparison: untimed preparation then the timed work, in milliseconds. */
    @FunctionalInterface
    public interface Cote {
        double mesurer() throws Exception;
    }

    /** Work timed as a whole. */
    @FunctionalInterface
    public interface Travail {
        void executer() throws Exception;
    }

    private final String nom;
    private final int tours;
    private final List<String> lignes = new ArrayList<>();

    public Banc(String nom, int tours) {
        if (tours < 3) {
            throw new IllegalArgumentException("au moins 3 tours (issue 19, point 6) : " + tours);
        }
        this.nom = nom;
        this.tours = tours;
    }

    /** Number of rounds from {@code -Dpacte.banc.tours}, 3 at least, {@code defaut} when absent. */
    public static int tours(int defaut) {
        return Math.max(3, Integer.getInteger("pacte.banc.tours", defaut));
    }

    /** Times work as a whole, in milliseconds. */
    public static double chrono(Travail travail) throws Exception {
        long debut = System.nanoTime();
        travail.executer();
        return (System.nanoTime() - debut) / 1e6;
    }

    /**
     * Runs both sides {@link #tours} times in alternating order and prints each round with the ratio of the
     * medians so far; returns the final figures. {@code objectif} is the ratio the issue asks for (printed only).
     */
    public Resultat comparer(String notre, Cote nous, String reference, Cote base, double objectif) throws Exception {
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        ecrire(String.format(Locale.ROOT, "== %s : %s contre %s, %d tours alternés, objectif ≤ %.2f×",
                nom, notre, reference, tours, objectif));
        for (int i = 1; i <= tours; i++) {
            boolean nousDabord = i % 2 == 1;
            if (nousDabord) {
                a.add(nous.mesurer());
                b.add(base.mesurer());
            } else {
                b.add(base.mesurer());
                a.add(nous.mesurer());
            }
            ecrire(String.format(Locale.ROOT, "   tour %d (%s d'abord) : %s %.1f ms, %s %.1f ms ; rapport des médianes %.2f×",
                    i, nousDabord ? notre : reference, notre, a.get(i - 1), reference, b.get(i - 1),
                    mediane(a) / mediane(b)));
        }
        Resultat r = new Resultat(nom, mediane(a), mediane(b), objectif, List.copyOf(a), List.copyOf(b));
        ecrire(String.format(Locale.ROOT, "   médianes : %s %.1f ms, %s %.1f ms ; rapport %.2f× (objectif ≤ %.2f×) %s",
                notre, r.nous(), reference, r.base(), r.rapport(), objectif, r.atteint() ? "ATTEINT" : "NON ATTEINT"));
        return r;
    }

    /** Prints a line of the benchmark and keeps it for {@link #enregistrer(Path)}. */
    public void ecrire(String ligne) {
        System.out.println("[" + nom + "] " + ligne);
        lignes.add(ligne);
    }

    /** Appends every printed line to a file (the bench's summary under {@code target/}). */
    public void enregistrer(Path fichier) {
        try {
            Files.createDirectories(fichier.toAbsolutePath().getParent());
            Files.write(fichier, lignes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Median of the values (mean of the two middle ones for an even count). */
    public static double mediane(List<Double> valeurs) {
        List<Double> triees = new ArrayList<>(valeurs);
        triees.sort(null);
        int n = triees.size();
        return n % 2 == 1 ? triees.get(n / 2) : (triees.get(n / 2 - 1) + triees.get(n / 2)) / 2;
    }

    /** Medians of both sides, their ratio and every round. */
    public record Resultat(String nom, double nous, double base, double objectif, List<Double> tempsNous,
                           List<Double> tempsBase) {
        public double rapport() {
            return nous / base;
        }

        public boolean atteint() {
            return rapport() <= objectif;
        }
    }

    /** Heap in use after a full collection, in bytes: a bench's memory figure before and after its work. */
    public static long tasUtilise() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
