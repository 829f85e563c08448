package fr.pacte.dotation.formule;

import java.math.BigDecimal;
import java.util.Objects;

/** Smallest step of a proposal: whole or half parts, quarter IMP (taux quart). */
public record Quanta(BigDecimal parts, BigDecimal imp) {

    public static final Quanta PARTS_ENTIERES = new Quanta(BigDecimal.ONE, new BigDecimal("0.25"));
    public static final Quanta DEMI_PARTS = new Quanta(new BigDecimal("0.5"), new BigDecimal("0.25"));

    public Quanta {
        verifier(parts, "parts");
        verifier(imp, "IMP");
    }

    private static void verifier(BigDecimal quantum, String quoi) {
        Objects.requireNonNull(quantum, quoi);
        if (quantum.signum() <= 0) {
            throw new IllegalArgumentException("Le quantum des " + quoi + " doit être positif : " + quantum);
        }
    }
}
