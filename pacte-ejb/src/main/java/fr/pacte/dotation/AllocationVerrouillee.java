package fr.pacte.dotation;

import java.util.Map;

/**
 * The campaign's allocation lines under their write lock (all of them, or only those an inline edit changes), and
 * whether its envelopes are published.
 */
public record AllocationVerrouillee(Map<LigneAllocation, Allocation> lignes, boolean publiee) {

    /** An envelope under its write lock, and whether the campaign's envelopes are published. */
    public record Enveloppe(fr.pacte.dotation.Enveloppe enveloppe, boolean publiee) {
    }
}
