package fr.pacte.dotation;

import java.util.Map;

/** The campaign's allocation lines under their write lock, and whether its envelopes are published. */
public record AllocationVerrouillee(Map<LigneAllocation, Allocation> lignes, boolean publiee) {
}
