package fr.pacte.mission;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReglesAttributionTest {

    private static final LocalDate DEBUT = LocalDate.of(2025, 9, 1);
    private static final LocalDate FIN = LocalDate.of(2026, 8, 31);

    private static NouvelleAttribution pacte(String mission, String parts, String heures) {
        return new NouvelleAttribution("2025-2026", "0380002W", "P1", "PACTE", mission, new BigDecimal(parts),
                null, heures == null ? null : new BigDecimal(heures), DEBUT, LocalDate.of(2026, 6, 30), Modalite.ANNUELLE);
    }

    private static ContexteAttribution lp(String voieMission, Integer quantum, String dejaPrises) {
        return new ContexteAttribution(DEBUT, FIN, 6, 3, false, "LP", "0380002W", "PACTE", voieMission, quantum,
                null, true, new BigDecimal("40"), new BigDecimal("8"), BigDecimal.ZERO,
                new BigDecimal("10"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(dejaPrises));
    }

    @Test
    void aVoieProTeacherMayHoldSixPartsButNotSeven() {
        assertTrue(ReglesAttribution.verifier(pacte("LP-OPTIONS", "1", "24"), lp("VOIE_PRO", 24, "5")).isEmpty());
        List<ErreurAttribution> e = ReglesAttribution.verifier(pacte("LP-OPTIONS", "1", "24"), lp("VOIE_PRO", 24, "6"));
        assertEquals(1, e.size());
        assertTrue(e.get(0).regle().contains("plafond personnel dépassé") && e.get(0).regle().contains("7 parts"), e.toString());
    }

    @Test
    void hoursMustMatchTheQuantumOfTheMission() {
        List<ErreurAttribution> e = ReglesAttribution.verifier(pacte("LP-RCD", "2", "24"), lp("VOIE_PRO", 18, "0"));
        assertTrue(e.stream().anyMatch(x -> x.champ().equals("heures") && x.regle().contains("36 h attendues")), e.toString());
        assertTrue(ReglesAttribution.verifier(pacte("LP-TUTORAT", "1", null), lp("VOIE_PRO", null, "0")).isEmpty());
        assertTrue(ReglesAttribution.verifier(pacte("LP-TUTORAT", "1", "10"), lp("VOIE_PRO", null, "0")).stream()
                .anyMatch(x -> x.champ().equals("heures")));
    }

    @Test
    void theMissionsVoieMustFitTheEtablissement() {
        List<ErreurAttribution> e = ReglesAttribution.verifier(pacte("P1-INNOVATION", "1", null), lp("PREMIER_DEGRE", null, "0"));
        assertTrue(e.stream().anyMatch(x -> x.regle().contains("nature LP")), e.toString());
    }

    @Test
    void theEnvelopeAndTheDatesBound() {
        ContexteAttribution presquePlein = new ContexteAttribution(DEBUT, FIN, 6, 3, false, "LP", "0380002W", "PACTE",
                "VOIE_PRO", null, null, true, new BigDecimal("10"), BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("9"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        assertTrue(ReglesAttribution.verifier(pacte("LP-TUTORAT", "2", null), presquePlein).stream()
                .anyMatch(x -> x.regle().contains("enveloppe dépassée : 1 part(s) restante(s)")));
        NouvelleAttribution horsAnnee = new NouvelleAttribution("2025-2026", "0380002W", "P1", "PACTE", "LP-TUTORAT",
                BigDecimal.ONE, null, null, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 15), Modalite.ANNUELLE);
        assertTrue(ReglesAttribution.verifier(horsAnnee, lp("VOIE_PRO", null, "0")).stream()
                .anyMatch(x -> x.regle().contains("dans l'année scolaire")));
    }

    @Test
    void aDechargeConsumesTheDechargeQuotaNotTheImpEnvelope() {
        NouvelleAttribution decharge = new NouvelleAttribution("2025-2026", "0380001V", "P1", "IMP", "IMP-COORD-DISCIPLINE",
                null, "004", null, DEBUT, FIN, Modalite.DECHARGE);
        ContexteAttribution deuxHeures = new ContexteAttribution(DEBUT, FIN, 6, 3, false, "CLG", "0380001V", "IMP",
                "SECOND_DEGRE", null, new BigDecimal("2"), true, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("2"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        assertTrue(ReglesAttribution.verifier(decharge, deuxHeures).isEmpty());
        ContexteAttribution uneHeure = new ContexteAttribution(DEBUT, FIN, 6, 3, false, "CLG", "0380001V", "IMP",
                "SECOND_DEGRE", null, new BigDecimal("2"), true, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("2"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO);
        assertTrue(ReglesAttribution.verifier(decharge, uneHeure).stream().anyMatch(x -> x.regle().contains("quota de décharge")));
    }
}
