package fr.pacte.dotation;

import java.math.BigDecimal;

/**
 * Envelope changes decided by a DASEN on a request (module demande), inside the decision's transaction:
 * a supplement moves quantities from the département's reserve to the envelope; a conversion turns IMP units of
 * the envelope into weekly hours of décharge. Refused beyond the reserve or the envelope, saying what remains.
 */
public interface AjustementDotationService {

    /** @param parts true for Pacte parts (in the envelope's voie), false for IMP units */
    LigneDotation accorderSupplement(String annee, String uai, boolean parts, BigDecimal quantite, String motif);

    LigneDotation convertirEnDecharge(String annee, String uai, BigDecimal unitesImp, String motif);

    /**
     * Locks the établissement's envelope until the end of the caller's transaction and returns it, so that
     * attributions against it are checked one after the other (module mission). Zero when there is none.
     */
    LigneDotation verrouillerEnveloppe(String annee, String uai);

    /**
     * Locks the campaign's allocation lines until the end of the caller's transaction (as every envelope writer does)
     * and returns the IMP line: académie-level IMP (module mission, rectorat only) are taken from it, outside any
     * envelope. A line never set answers 0 allocated.
     */
    EtatAllocation verrouillerAllocationImp(String annee);

    /** What remains in the reserve of the établissement's département for such a supplement. */
    BigDecimal resteReserve(String annee, String uai, boolean parts);
}
