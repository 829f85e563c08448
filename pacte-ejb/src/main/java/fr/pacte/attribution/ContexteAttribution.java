package fr.pacte.attribution;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the rules need to judge one attribution, gathered by the service under the envelope's lock.
 *
 * @param natureEtablissement    ECOLE, CLG, LYC, LP, LPO, EREA
 * @param affectationPersonnel   UAI of the person's affectation (null: unknown person)
 * @param voieMission            PREMIER_DEGRE, SECOND_DEGRE, VOIE_PRO, ACADEMIQUE (null: unknown mission)
 * @param quantumHeures          hours of one part for an hour-based mission, null for a forfait
 * @param coefficientTaux        IMP units of the rate (0.25 … 3), null if unknown
 * @param partsVoieProPersonnel  the person's Pacte parts already held this campaign in voie pro, every établissement
 * @param partsAutresPersonnel   the same outside voie pro (the cap is per person, all voies: seeds 001/002)
 * @param corpsPersonnel         PE, CERTIFIE, … (the 6e missions of a collège go to a PE)
 * @param natureAffectation      nature of the établissement the person is affected in
 * @param volontaire             declared volunteer this campaign (at the attribution's établissement or his own)
 */
public record ContexteAttribution(LocalDate debutCampagne, LocalDate finCampagne, int plafondVoiePro, int plafondAutres,
                                  boolean demiParts, String natureEtablissement, String affectationPersonnel,
                                  String dispositifMission, String voieMission, Integer quantumHeures,
                                  BigDecimal coefficientTaux, boolean enveloppePubliee,
                                  BigDecimal partsEnveloppe, BigDecimal impEnveloppe, BigDecimal dechargeEnveloppe,
                                  BigDecimal partsAttribuees, BigDecimal impAttribues, BigDecimal dechargeAttribuee,
                                  BigDecimal partsVoieProPersonnel, BigDecimal partsAutresPersonnel,
                                  boolean impPremierDegre, boolean volontariatRequis, boolean volontaire,
                                  String corpsPersonnel, String natureAffectation) {
}
