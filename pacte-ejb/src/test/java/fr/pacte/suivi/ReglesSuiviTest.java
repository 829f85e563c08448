package fr.pacte.suivi;

import fr.pacte.attribution.ErreurAttribution;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReglesSuiviTest {

    private static final EtatSuivi RCD = heures(1, "0380002W", "LP-RCD", 18, "18", "10");
    private static final EtatSuivi OPTIONS = heures(2, "0380002W", "LP-OPTIONS", 24, "24", "0");
    private static final EtatSuivi TUTORAT = new EtatSuivi(3, "2050-2051", "0380002W", "B", "LP-TUTORAT", null, null, BigDecimal.ZERO, false);

    @Test
    void hoursNotDoneMayBeRedeployedToAnotherHourBasedMission() {
        assertEquals(List.of(), ReglesSuivi.redeploiement(RCD, OPTIONS, new BigDecimal("8")));
        assertEquals(new BigDecimal("8"), RCD.heuresNonFaites());
    }

    @Test
    void noMoreHoursThanNotDoneAreRedeployed() {
        List<ErreurAttribution> e = ReglesSuivi.redeploiement(RCD, OPTIONS, new BigDecimal("9"));
        assertEquals(1, e.size());
        assertEquals("on ne redéploie que les heures non faites : 8 h restent à faire sur LP-RCD, pas 9", e.get(0).regle());
    }

    @Test
    void theTargetMustBeCountedInHours() {
        List<ErreurAttribution> e = ReglesSuivi.redeploiement(RCD, TUTORAT, new BigDecimal("4"));
        assertEquals("cible", e.get(0).champ());
        assertTrue(e.get(0).regle().contains("quantifiée en heures"), e.toString());
    }

    @Test
    void aForfaitHasNoHoursToRedeploy() {
        List<ErreurAttribution> e = ReglesSuivi.redeploiement(TUTORAT, OPTIONS, new BigDecimal("1"));
        assertTrue(e.stream().anyMatch(x -> x.champ().equals("source")), e.toString());
    }

    @Test
    void hoursAreRedeployedByWholeHoursAndPositive() {
        assertEquals("les heures se redéploient par heures entières",
                ReglesSuivi.redeploiement(RCD, OPTIONS, new BigDecimal("2.5")).get(0).regle());
        assertEquals("heures", ReglesSuivi.redeploiement(RCD, OPTIONS, BigDecimal.ZERO).get(0).champ());
        assertEquals(List.of(), ReglesSuivi.redeploiement(RCD, OPTIONS, new BigDecimal("3.0")));
    }

    @Test
    void theTargetIsAnotherMissionOfTheSameEtablissementAndCampaign() {
        assertTrue(ReglesSuivi.redeploiement(RCD, RCD, BigDecimal.ONE).get(0).regle().contains("une autre mission"));
        EtatSuivi ailleurs = heures(4, "0380001V", "P2-DEVOIRS-FAITS", 24, "24", "0");
        assertTrue(ReglesSuivi.redeploiement(RCD, ailleurs, BigDecimal.ONE).get(0).regle().contains("même établissement"));
        EtatSuivi annulee = new EtatSuivi(5, "2050-2051", "0380002W", "A", "LP-OPTIONS", 24, new BigDecimal("24"), BigDecimal.ZERO, true);
        assertEquals("cible", ReglesSuivi.redeploiement(RCD, annulee, BigDecimal.ONE).get(0).champ());
    }

    @Test
    void hoursDoneStayWithinThePlannedHoursByHalfHours() {
        assertEquals(List.of(), ReglesSuivi.heuresFaites(RCD, new BigDecimal("17.5")));
        assertTrue(ReglesSuivi.heuresFaites(RCD, new BigDecimal("19")).get(0).regle().startsWith("19 h faites pour 18 h prévues"));
        assertEquals("les heures faites se relèvent par demi-heures", ReglesSuivi.heuresFaites(RCD, new BigDecimal("2.25")).get(0).regle());
        assertTrue(ReglesSuivi.heuresFaites(TUTORAT, BigDecimal.ONE).get(0).regle().contains("n'est pas comptée en heures"));
        assertEquals("heures", ReglesSuivi.heuresFaites(RCD, new BigDecimal("-1")).get(0).champ());
    }

    @Test
    void aBilanIsNeitherEmptyNorTooLong() {
        assertEquals(List.of(), ReglesSuivi.bilan(TUTORAT, "12 élèves suivis, 3 raccrochés."));
        assertEquals("le bilan ne peut pas être vide", ReglesSuivi.bilan(TUTORAT, "  ").get(0).regle());
        assertEquals("texte", ReglesSuivi.bilan(TUTORAT, "x".repeat(4001)).get(0).champ());
    }

    private static EtatSuivi heures(long id, String uai, String mission, int quantum, String prevues, String faites) {
        return new EtatSuivi(id, "2050-2051", uai, "A", mission, quantum, new BigDecimal(prevues), new BigDecimal(faites), false);
    }

    @Test
    void hoursBeyondTheirBoundAreRefusedBeforeAnyArithmetic() {
        assertEquals("heures redéployées : 1E+999999999 dépasse le maximum admis (9\u202f999)",
                ReglesSuivi.redeploiement(RCD, OPTIONS, new BigDecimal("1E999999999")).get(0).regle());
        assertEquals("motif : texte trop long (501 caractères pour 500 au plus)",
                ReglesSuivi.redeploiement(RCD, OPTIONS, BigDecimal.ONE, "m".repeat(501)).get(0).regle());
    }
}
