package fr.pacte.dotation;

import fr.pacte.referentiel.Voie;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a write of envelopes holds (see {@link EcritureEnveloppes} for the one order of locks): the allocation lines
 * locked and the envelopes to write; {@code lignes}: the lines an inline edit asked to lock (whether the campaign has
 * a row for them or not), null when every line is locked; {@code autres}: the lines it leaves, as read.
 */
record Verrou(AllocationVerrouillee allocation, Map<String, Enveloppe> enveloppes, Set<LigneAllocation> lignes,
              List<EtatAllocation> autres) {

    /**
     * The narrow lock of an inline edit: the lines whose distributed amount changes, read from the envelope without
     * a lock, then the envelope itself. Null when the envelope does not exist yet: its creation takes every line, as
     * the bulk writers do. A change made between the two reads moves the envelope's version, which the caller
     * checks against the one the user read.
     */
    static Verrou etroit(DotationRepository depot, String annee, String uai, BigDecimal[] v) {
        Object[] lue = depot.lireEnveloppe(annee, uai).orElse(null);
        if (lue == null) {
            return null;
        }
        Set<LigneAllocation> lignes = lignesChangees((Voie) lue[0], (BigDecimal) lue[1], (BigDecimal) lue[2], v);
        // the lines the edit leaves, for its answer, read before the lock: the less done while holding a line, the
        // less the other users' edits of that line wait
        List<EtatAllocation> autres = depot.etatsAllocation(annee);
        Map<LigneAllocation, Allocation> allocation = depot.verrouillerLignes(annee, lignes);
        AllocationVerrouillee.Enveloppe e = depot.enveloppeVerrouillee(annee, uai);
        Map<String, Enveloppe> enveloppes = new HashMap<>();
        enveloppes.put(uai, e.enveloppe());
        return new Verrou(new AllocationVerrouillee(allocation, e.publiee()), enveloppes, lignes, autres);
    }

    static Set<LigneAllocation> lignesChangees(Voie voie, BigDecimal parts, BigDecimal imp, BigDecimal[] v) {
        Set<LigneAllocation> lignes = EnumSet.noneOf(LigneAllocation.class);
        if (parts.compareTo(v[0]) != 0) {
            lignes.add(LigneAllocation.de(voie));
        }
        if (imp.compareTo(v[1]) != 0) {
            lignes.add(LigneAllocation.IMP);
        }
        return lignes;
    }

    /** The lines locked are computed from their state under the lock; the others, which the write left, as read. */
    static List<EtatAllocation> apres(Map<LigneAllocation, Allocation> allocation, Map<LigneAllocation, BigDecimal> deltas,
                                      List<EtatAllocation> lues) {
        Map<LigneAllocation, EtatAllocation> autres = new EnumMap<>(LigneAllocation.class);
        lues.forEach(e -> autres.put(e.ligne(), e));
        return Arrays.stream(LigneAllocation.values()).map(l -> {
            Allocation a = allocation.get(l);
            EtatAllocation avant = a != null ? a.etat() : autres.getOrDefault(l, new EtatAllocation(l, BigDecimal.ZERO, BigDecimal.ZERO));
            return new EtatAllocation(l, avant.alloue(), avant.distribue().add(deltas.getOrDefault(l, BigDecimal.ZERO)),
                    avant.version());
        }).toList();
    }
}
