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
    private static final Map<String, ConcurrentLinkedQueue<Double>> CPU = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> NOMBRES = new ConcurrentHashMap<>();

    private Metrologie() {
    }

    static void enregistrer(String cle, long nanos, long nanosCpu) {
        if (NOMBRES.computeIfAbsent(cle, c -> new AtomicInteger()).incrementAndGet() <= MAX_PAR_CLE) {
            DUREES.computeIfAbsent(cle, c -> new ConcurrentLinkedQueue<>()).add(nanos / 1_000_000.0);
            CPU.computeIfAbsent(cle, c -> new ConcurrentLinkedQueue<>()).add(nanosCpu / 1_000_000.0);
        }
    }

    /**
     * Durations in milliseconds per "METHOD path", or "METHOD path|jakarta.faces.source" for Faces postbacks, in
     * arrival order; the same keys prefixed with "cpu " give the CPU time of the request's thread.
     */
    static Map<String, List<Double>> releve() {
        Map<String, List<Double>> copie = new TreeMap<>();
        DUREES.forEach((cle, durees) -> copie.put(cle, new ArrayList<>(durees)));
        CPU.forEach((cle, durees) -> copie.put("cpu " + cle, new ArrayList<>(durees)));
        return copie;
    }
}
