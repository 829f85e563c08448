package fr.pacte.mission;

import java.math.BigDecimal;

/**
 * What the rules of a redéploiement towards a colleague need besides the two missions' suivi.
 *
 * @param versCollegueAutorise the campaign setting {@code redeploiement_vers_collegue} (off by default)
 * @param pasParts             1, or 0.5 when the campaign allows half parts
 * @param partsSource          the parts the source attribution holds now
 * @param partsCibleVoie       the colleague's Pacte parts already held this campaign in the target mission's voie
 * @param plafondCible         the personal cap of that voie (campaign settings)
 */
public record ContexteTransfert(boolean versCollegueAutorise, BigDecimal pasParts, BigDecimal partsSource,
                                BigDecimal partsCibleVoie, int plafondCible) {
}
