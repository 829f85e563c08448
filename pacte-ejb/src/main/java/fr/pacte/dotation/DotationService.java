package fr.pacte.dotation;

import fr.pacte.commun.Page;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Facade of the dotation module: the académie's allocation, the département reserves, the envelopes of the
 * établissements, their publication and history. Writes are the rectorat's; reads follow the caller's scope
 * (a chef sees his envelope once published, a DASEN his département's).
 */
public interface DotationService {

    List<EtatAllocation> allocation(String annee);

    /**
     * Sets the académie's allocation; a line cannot go below what is already distributed. {@code versions}: the
     * version read of each line sent (null: not checked); a stale one is refused with the current lines
     * ({@link fr.pacte.commun.ConflitException}). The reason is kept in the journal.
     */
    List<EtatAllocation> fixerAllocation(String annee, Map<LigneAllocation, BigDecimal> montants,
                                         Map<LigneAllocation, Long> versions, String motif);

    List<ReserveDepartement> reserves(String annee);

    /** {@code version}: the one read (0 for a reserve never set; null: not checked); stale → the current reserve. */
    ReserveDepartement fixerReserve(String annee, String departement, BigDecimal partsPremierDegre,
                                    BigDecimal partsSecondDegre, BigDecimal partsVoiePro, BigDecimal imp, String motif,
                                    Long version);

    Page<LigneDotation> lignes(String annee, FiltreDotations filtre, int page, int taille);

    /**
     * Every row of the filter ({@link #lignes}' scope and order) as one of the screen's files, written to the output
     * as it is read: one query through a server-side cursor, one transaction, no copy of the whole file.
     */
    void exporter(String annee, FiltreDotations filtre, ExportDotations fichier, OutputStream sortie);

    LigneDotation ligne(String annee, String uai);

    List<TotalDepartement> totaux(String annee);

    /**
     * Sets one envelope. {@code version} is the one read with the row: a stale edit is refused with the fresh
     * values ({@link ConflitVersionException}); an edit beyond the allocation is refused ({@link RegleDotationException}).
     * After publication a reason is mandatory.
     */
    LigneDotation modifierEnveloppe(String annee, String uai, BigDecimal parts, BigDecimal imp, long version, String motif);

    /**
     * The screen's inline edit: the same rules as {@link #modifierEnveloppe}, answering in the same transaction
     * the envelope's new version, the allocation and the totals, so that one request refreshes the whole screen.
     */
    EnveloppeModifiee modifierEnLigne(String annee, String uai, BigDecimal parts, BigDecimal imp, long version, String motif);

    /** Sets many envelopes at once, in one transaction, under the same rules. @return the number changed */
    int modifierEnveloppes(String annee, Map<String, BigDecimal[]> partsEtImpParUai, String motif);

    boolean estPubliee(String annee);

    /** @return when the envelopes were published, or null */
    OffsetDateTime publication(String annee);

    void publier(String annee);

    List<ChangementEnveloppe> historique(String annee, String uai);
}
