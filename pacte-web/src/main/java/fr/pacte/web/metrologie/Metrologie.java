package fr.pacte.web.metrologie;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Server-side durations of the requests, for the benchmark only: enabled by the system property
 * {@code pacte.metrologie=true}, off (and costing one boolean test) otherwise.
 */
public final class Metrologie {

    static final boolean ACTIVE = Boolean.getBoolean("pacte.metrologie");
    /** Bounds the memory a forgotten enabled server could use. */
    private static final int MAX_PAR_CLE = 10_000;

    private static final Map<String, ConcurrentLinkedQueue<Double>> DUREES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> NOMBRES = new ConcurrentHashMap<>();

    private Metrologie() {
    }

    static void enregistrer(String cle, long nanos) {
        if (NOMBRES.computeIfAbsent(cle, c -> new AtomicInteger()).incrementAndGet() <= MAX_PAR_CLE) {
            DUREES.computeIfAbsent(cle, c -> new ConcurrentLinkedQueue<>()).add(nanos / 1_000_000.0);
        }
    }

    /** Durations in milliseconds per "path" or "path|jakarta.faces.source", in arrival order. */
    static Map<String, List<Double>> releve() {
        Map<String, List<Double>> copie = new TreeMap<>();
        DUREES.forEach((cle, durees) -> copie.put(cle, new ArrayList<>(durees)));
        return copie;
    }

    static void effacer() {
        DUREES.clear();
        NOMBRES.clear();
    }
}
