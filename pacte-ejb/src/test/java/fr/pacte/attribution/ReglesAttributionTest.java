package fr.pacte.attribution;

import fr.pacte.referentiel.Modalite;
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
                new BigDecimal("10"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(dejaPrises), BigDecimal.ZERO,
                false, true, true, "PLP", "LP");
    }

    /** A context with the établissement's nature, the person's parts (voie pro, others) and who he is. */
    private static ContexteAttribution contexte(String nature, String affectation, String dispositif, String voie,
                                                Integer quantum, String voiePro, String autres, boolean impEcole,
                                                boolean volontaire, String corps, String natureAffectation) {
        return new ContexteAttribution(DEBUT, FIN, 6, 3, false, nature, affectation, dispositif, voie, quantum,
                "IMP".equals(dispositif) ? BigDecimal.ONE : null, true, new BigDecimal("40"), new BigDecimal("8"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(voiePro),
                new BigDecimal(autres), impEcole, true, volontaire, corps, natureAffectation);
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
                new BigDecimal("9"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                false, true, true, "PLP", "LP");
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
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, false, true, true, "CERTIFIE", "CLG");
        assertTrue(ReglesAttribution.verifier(decharge, deuxHeures).isEmpty());
        ContexteAttribution uneHeure = new ContexteAttribution(DEBUT, FIN, 6, 3, false, "CLG", "0380001V", "IMP",
                "SECOND_DEGRE", null, new BigDecimal("2"), true, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("2"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ZERO, false, true, true, "CERTIFIE", "CLG");
        assertTrue(ReglesAttribution.verifier(decharge, uneHeure).stream().anyMatch(x -> x.regle().contains("quota de décharge")
                && x.regle().contains("demandez d'abord au DASEN la conversion d'IMP en décharge")));
    }

    private static NouvelleAttribution imp(String uai, String mission) {
        return new NouvelleAttribution("2025-2026", uai, "P1", "IMP", mission, null, "003", null, DEBUT,
                LocalDate.of(2026, 6, 30), Modalite.ANNUELLE);
    }

    private static NouvelleAttribution pacteA(String uai, String mission, String parts, String heures) {
        return new NouvelleAttribution("2025-2026", uai, "P1", "PACTE", mission, new BigDecimal(parts), null,
                heures == null ? null : new BigDecimal(heures), DEBUT, LocalDate.of(2026, 6, 30), Modalite.ANNUELLE);
    }

    @Test
    void imp_accomplies_au_sein_d_un_college_ou_d_un_lycee_donc_en_LP_seed_003() {
        assertTrue(ReglesAttribution.verifier(imp("0380002W", "IMP-REF-NUMERIQUE"),
                contexte("LP", "0380002W", "IMP", "SECOND_DEGRE", null, "0", "0", false, true, "PLP", "LP")).isEmpty());
    }

    @Test
    void pas_de_parts_pacte_du_second_degre_en_LP_seed_001_voie_professionnelle() {
        // seed 001: the LP's Pacte « s'adresse aux personnels de la voie professionnelle »; only its IMP are second degré
        List<ErreurAttribution> e = ReglesAttribution.verifier(pacteA("0380002W", "P2-DEVOIRS-FAITS", "1", "24"),
                contexte("LP", "0380002W", "PACTE", "SECOND_DEGRE", 24, "0", "0", false, true, "PLP", "LP"));
        assertTrue(e.stream().anyMatch(x -> x.regle().contains("nature LP")), e.toString());
        assertTrue(ReglesAttribution.missionPermise("LP", "IMP", "SECOND_DEGRE", "IMP-REF-NUMERIQUE", false));
        assertTrue(!ReglesAttribution.missionPermise("LP", "PACTE", "SECOND_DEGRE", "P2-DEVOIRS-FAITS", false));
        assertTrue(!ReglesAttribution.missionPermise("ECOLE", "IMP", "SECOND_DEGRE", "IMP-REF-NUMERIQUE", false));
        assertTrue(ReglesAttribution.missionPermise("ECOLE", "IMP", "SECOND_DEGRE", "IMP-REF-NUMERIQUE", true));
        assertTrue(ReglesAttribution.missionPermise("CLG", "PACTE", "PREMIER_DEGRE", "P1-SOUTIEN-6E", false));
        assertTrue(ReglesAttribution.missionPermise("EREA", "PACTE", "VOIE_PRO", "LP-OPTIONS", false));
    }

    @Test
    void imp_en_ecole_seulement_si_la_campagne_le_permet_decret_2017_965() {
        List<ErreurAttribution> e = ReglesAttribution.verifier(imp("0380003X", "IMP-REF-NUMERIQUE"),
                contexte("ECOLE", "0380003X", "IMP", "SECOND_DEGRE", null, "0", "0", false, true, "PE", "ECOLE"));
        assertTrue(e.stream().anyMatch(x -> x.regle().contains("nature ECOLE")), e.toString());
        assertTrue(ReglesAttribution.verifier(imp("0380003X", "IMP-REF-NUMERIQUE"),
                contexte("ECOLE", "0380003X", "IMP", "SECOND_DEGRE", null, "0", "0", true, true, "PE", "ECOLE")).isEmpty());
    }

    @Test
    void jusqu_a_six_parts_fonctionnelles_par_personne_toutes_voies_confondues_seeds_001_002() {
        // an LPO: 3 parts outside voie pro + 3 in voie pro = 6, the 7th refused whatever its voie
        ContexteAttribution six = contexte("LPO", "0380002W", "PACTE", "VOIE_PRO", 24, "3", "3", false, true, "PLP", "LPO");
        List<ErreurAttribution> e = ReglesAttribution.verifier(pacteA("0380002W", "LP-OPTIONS", "1", "24"), six);
        assertTrue(e.stream().anyMatch(x -> x.regle().contains("7 parts dans la campagne, dont 4 en voie professionnelle")), e.toString());
        // 6 in voie pro: not a 4th… not even a 1st part in second degré
        ContexteAttribution sixVp = contexte("LPO", "0380002W", "PACTE", "SECOND_DEGRE", 24, "6", "0", false, true, "PLP", "LPO");
        assertTrue(ReglesAttribution.verifier(pacteA("0380002W", "P2-DEVOIRS-FAITS", "1", "24"), sixVp).stream()
                .anyMatch(x -> x.regle().contains("plafond personnel dépassé")));
        // outside voie pro, 3 at most even with voie pro parts beside
        ContexteAttribution troisAutres = contexte("LPO", "0380002W", "PACTE", "SECOND_DEGRE", 24, "1", "3", false, true, "PLP", "LPO");
        assertTrue(ReglesAttribution.verifier(pacteA("0380002W", "P2-DEVOIRS-FAITS", "1", "24"), troisAutres).stream()
                .anyMatch(x -> x.regle().contains("4 parts hors voie professionnelle pour 3 au plus")));
        // what the LP sheet shows: 2 voie pro + 3 others leave 1; others beyond their own cap count as 3
        assertEquals(0, new BigDecimal("1").compareTo(ReglesAttribution.resteVoiePro(new BigDecimal("2"), new BigDecimal("3"), 6, 3)));
        assertEquals(0, BigDecimal.ZERO.compareTo(ReglesAttribution.resteVoiePro(new BigDecimal("6"), BigDecimal.ZERO, 6, 3)));
        assertEquals(null, ReglesAttribution.plafondDepasse("VOIE_PRO", new BigDecimal("2"), new BigDecimal("3"),
                BigDecimal.ONE, 6, 3));
    }

    @Test
    void missions_specifiques_pour_les_etablissements_regionaux_d_enseignement_adapte_seed_002() {
        assertTrue(ReglesAttribution.verifier(pacteA("0380004Y", "LP-OPTIONS", "1", "24"),
                contexte("EREA", "0380004Y", "PACTE", "VOIE_PRO", 24, "0", "0", false, true, "PLP", "EREA")).isEmpty());
    }

    @Test
    void sur_la_base_du_volontariat_seed_002() {
        List<ErreurAttribution> e = ReglesAttribution.verifier(pacteA("0380002W", "LP-OPTIONS", "1", "24"),
                contexte("LP", "0380002W", "PACTE", "VOIE_PRO", 24, "0", "0", false, false, "PLP", "LP"));
        assertEquals(1, e.size(), e.toString());
        assertEquals("identifiant", e.get(0).champ());
        assertEquals("P1 ne s'est pas déclaré volontaire pour 2025-2026 : enregistrez son volontariat dans Répartition",
                e.get(0).regle());
    }

    @Test
    void soutien_en_sixieme_par_un_professeur_des_ecoles_en_lien_avec_l_IEN_seed_001() {
        // a PE affected in an école, the mission given by the collège (counted in the collège's envelope)
        assertTrue(ReglesAttribution.verifier(pacteA("0380001V", "P1-SOUTIEN-6E", "1", "18"),
                contexte("CLG", "0380003X", "PACTE", "PREMIER_DEGRE", 18, "0", "0", false, true, "PE", "ECOLE")).isEmpty());
        // not to a certifié of another collège, not another premier degré mission, not in a lycée
        assertTrue(!ReglesAttribution.verifier(pacteA("0380001V", "P1-SOUTIEN-6E", "1", "18"),
                contexte("CLG", "0380005Z", "PACTE", "PREMIER_DEGRE", 18, "0", "0", false, true, "CERTIFIE", "CLG")).isEmpty());
        assertTrue(!ReglesAttribution.verifier(pacteA("0380001V", "P1-STAGES-REUSSITE", "1", "24"),
                contexte("CLG", "0380003X", "PACTE", "PREMIER_DEGRE", 24, "0", "0", false, true, "PE", "ECOLE")).isEmpty());
        assertTrue(!ReglesAttribution.verifier(pacteA("0380006A", "P1-DEVOIRS-FAITS-6E", "1", "24"),
                contexte("LYC", "0380003X", "PACTE", "PREMIER_DEGRE", 24, "0", "0", false, true, "PE", "ECOLE")).isEmpty());
    }
}
