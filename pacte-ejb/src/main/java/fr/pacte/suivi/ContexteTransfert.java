package fr.pacte.suivi;

import java.math.BigDecimal;

/**
 * What the rules of a redéploiement towards a colleague need besides the two missions' suivi.
 *
 * @param versCollegueAutorise the campaign setting {@code redeploiement_vers_collegue} (off by default)
 * @param pasParts             1, or 0.5 when the campaign allows half parts
 * @param partsSource          the parts the source attribution holds now
 * @param voieCible            the voie of the colleague's mission that receives the parts
 * @param partsVoieProCible    the colleague's voie professionnelle parts this campaign
 * @param partsAutresCible     the colleague's other parts this campaign
 * @param plafondVoiePro       the personal cap once a part is voie pro (6, seeds 001/002)
 * @param plafondAutres        the personal cap outside voie pro (campaign setting, 3)
 */
public record ContexteTransfert(boolean versCollegueAutorise, BigDecimal pasParts, BigDecimal partsSource,
                                String voieCible, BigDecimal partsVoieProCible, BigDecimal partsAutresCible,
                                int plafondVoiePro, int plafondAutres) {
}
