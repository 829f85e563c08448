package fr.pacte.dotation.formule;

import fr.pacte.referentiel.Voie;

import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Nature;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static fr.pacte.dotation.formule.Jeu.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProportionnelleTest {

    private static Simulation simuler(List<EtablissementADoter> e, Disponible d, Formule f) {
        return MoteurFormule.simuler(e, d, Quanta.PARTS_ENTIERES, f);
    }

    @Test
    void partsFollowPersonnels() {
        Simulation s = simuler(List.of(clg("A", 10), clg("B", 20), clg("C", 30)),
                parts(Voie.SECOND_DEGRE, "12", "0"), SANS_PONDERATION);
        assertParts(s, "2", "4", "6");
        assertValeur("12", s.totalParts().get(Voie.SECOND_DEGRE));
        assertValeur("0", s.resteParts().get(Voie.SECOND_DEGRE));
        assertTrue(s.avertissements().isEmpty());
    }

    @Test
    void repPlusAndRepWeightsShiftParts() {
        EtablissementADoter repPlus = etab("C", Nature.CLG, EducationPrioritaire.REP_PLUS, Voie.SECOND_DEGRE, 10);
        // weights 10, 10, 15 → 14 parts give 4, 4, 6
        assertParts(simuler(List.of(clg("A", 10), clg("B", 10), repPlus), parts(Voie.SECOND_DEGRE, "14", "0"),
                PONDEREE), "4", "4", "6");
        EtablissementADoter rep = etab("B", Nature.CLG, EducationPrioritaire.REP, Voie.SECOND_DEGRE, 10);
        // weights 10, 12 → 11 parts give 5, 6
        assertParts(simuler(List.of(clg("A", 10), rep), parts(Voie.SECOND_DEGRE, "11", "0"), PONDEREE), "5", "6");
    }

    @Test
    void lpWeightAppliesToLpAndLpoOnly() {
        List<EtablissementADoter> e = List.of(
                etab("A", Nature.LP, EducationPrioritaire.HORS_EP, Voie.VOIE_PRO, 10),
                etab("B", Nature.LPO, EducationPrioritaire.HORS_EP, Voie.VOIE_PRO, 10),
                etab("C", Nature.LYC, EducationPrioritaire.HORS_EP, Voie.VOIE_PRO, 10));
        assertParts(simuler(e, parts(Voie.VOIE_PRO, "36", "0"), PONDEREE), "13", "13", "10");
    }

    @Test
    void remaindersGoToTheLargestThenToTheSmallestUai() {
        // 10 / 3 = 3.33 each: the extra part goes to the first UAI
        assertParts(simuler(List.of(clg("C", 10), clg("A", 10), clg("B", 10)),
                parts(Voie.SECOND_DEGRE, "10", "0"), SANS_PONDERATION), "4", "3", "3");
        // 7 × 1/6, 2/6, 3/6 = 1.17, 2.33, 3.5: the largest remainder (0.5) wins
        assertParts(simuler(List.of(clg("A", 1), clg("B", 2), clg("C", 3)),
                parts(Voie.SECOND_DEGRE, "7", "0"), SANS_PONDERATION), "1", "2", "4");
    }

    @Test
    void halfPartsWhenAllowed() {
        Simulation s = MoteurFormule.simuler(List.of(clg("A", 10), clg("B", 10), clg("C", 10)),
                parts(Voie.SECOND_DEGRE, "10", "0"), Quanta.DEMI_PARTS, SANS_PONDERATION);
        assertParts(s, "3.5", "3.5", "3");
    }

    @Test
    void impInQuartersAndNeverToEcoles() {
        List<EtablissementADoter> e = List.of(clg("A", 10), clg("B", 20), clg("C", 30),
                etab("E", Nature.ECOLE, EducationPrioritaire.REP_PLUS, Voie.PREMIER_DEGRE, 50));
        // 10 IMP = 40 quarters over 10/20/30: 6.67, 13.33, 20 quarters → 7, 13, 20
        Simulation s = simuler(e, parts(Voie.SECOND_DEGRE, "0", "10"), SANS_PONDERATION);
        assertImp(s, "1.75", "3.25", "5", "0");
        assertValeur("10", s.totalImp());
        assertValeur("0", s.resteImp());
    }

    @Test
    void impTargetOfOnePerSixTeachers() {
        List<EtablissementADoter> e = List.of(clg("A", 24),
                etab("B", Nature.LYC, EducationPrioritaire.HORS_EP, Voie.SECOND_DEGRE, 36),
                etab("E", Nature.ECOLE, EducationPrioritaire.HORS_EP, Voie.PREMIER_DEGRE, 60));
        Formule f = bornee(null, null, null, null, "6");
        Simulation large = simuler(e, parts(Voie.SECOND_DEGRE, "0", "100"), f);
        assertImp(large, "4", "6", "0");
        assertValeur("90", large.resteImp());
        assertTrue(large.avertissements().isEmpty());

        Simulation juste = simuler(e, parts(Voie.SECOND_DEGRE, "0", "8"), f);
        assertImp(juste, "3.25", "4.75", "0");
        assertEquals(List.of("La cible de 1 IMP pour 6 enseignants (10 IMP) dépasse le disponible en IMP (8 IMP)"
                + " : limitée au disponible"), juste.avertissements());
    }

    @Test
    void plafondRedistributesTheExcess() {
        // 2, 4, 14 capped at 10; the 4 left go to A and B by weight: 3.33, 6.67 → 3, 7
        assertParts(simuler(List.of(clg("A", 10), clg("B", 20), clg("C", 70)), parts(Voie.SECOND_DEGRE, "20", "0"),
                bornee(null, "10", null, null, null)), "3", "7", "10");
        Simulation tousAuPlafond = simuler(List.of(clg("A", 10), clg("B", 20)), parts(Voie.SECOND_DEGRE, "10", "0"),
                bornee(null, "3", null, null, null));
        assertParts(tousAuPlafond, "3", "3");
        assertValeur("4", tousAuPlafond.resteParts().get(Voie.SECOND_DEGRE));
    }

    @Test
    void plancherLiftsSmallAndEmptyEtablissements() {
        // A has nobody but gets the plancher; B and C share 9 by weight: 2.25, 6.75 → 2, 7
        assertParts(simuler(List.of(clg("A", 0), clg("B", 10), clg("C", 30)), parts(Voie.SECOND_DEGRE, "10", "0"),
                bornee("1", null, null, null, null)), "1", "2", "7");
    }

    @Test
    void plancherAndPlafondTogether() {
        // λ = 0.5 part per weight: A 0.5 → plancher 2, B 5, C 50 → plafond 8
        assertParts(simuler(List.of(clg("A", 1), clg("B", 10), clg("C", 100)), parts(Voie.SECOND_DEGRE, "15", "0"),
                bornee("2", "8", null, null, null)), "2", "5", "8");
    }

    @Test
    void unaffordablePlancherIsIgnoredWithAWarning() {
        Simulation s = simuler(List.of(clg("A", 10), clg("B", 20), clg("C", 30)), parts(Voie.SECOND_DEGRE, "12", "0"),
                bornee("5", null, null, null, null));
        assertParts(s, "2", "4", "6");
        assertEquals(List.of("Le plancher de 5 parts × 3 établissements (15 parts) dépasse le disponible du second "
                + "degré (12 parts) : plancher ignoré"), s.avertissements());
    }

    @Test
    void warningOfTheBrief() {
        List<EtablissementADoter> lp = IntStream.range(0, 40).mapToObj(i -> etab(
                "LP" + (100 + i), Nature.LP, EducationPrioritaire.HORS_EP, Voie.VOIE_PRO, 50)).toList();
        Simulation s = simuler(lp, parts(Voie.VOIE_PRO, "60", "30"), bornee("2", null, "1", null, null));
        assertEquals(List.of(
                "Le plancher de 2 parts × 40 établissements (80 parts) dépasse le disponible de la voie "
                        + "professionnelle (60 parts) : plancher ignoré",
                "Le plancher de 1 IMP × 40 établissements (40 IMP) dépasse le disponible en IMP (30 IMP) : "
                        + "plancher ignoré"), s.avertissements());
        assertValeur("60", s.totalParts().get(Voie.VOIE_PRO));
    }

    @Test
    void noPersonnelsNoParts() {
        Simulation s = simuler(List.of(clg("A", 0), clg("B", 10)), parts(Voie.SECOND_DEGRE, "5", "3"),
                SANS_PONDERATION);
        assertParts(s, "0", "5");
        assertImp(s, "0", "3");
        Simulation personne = simuler(List.of(clg("A", 0), clg("B", 0)), parts(Voie.SECOND_DEGRE, "5", "3"),
                SANS_PONDERATION);
        assertParts(personne, "0", "0");
        assertValeur("5", personne.resteParts().get(Voie.SECOND_DEGRE));
    }

    @Test
    void eachVoieSharesOnlyItsOwnDisponible() {
        List<EtablissementADoter> e = List.of(clg("A", 10),
                etab("B", Nature.ECOLE, EducationPrioritaire.HORS_EP, Voie.PREMIER_DEGRE, 10),
                etab("C", Nature.LP, EducationPrioritaire.HORS_EP, Voie.VOIE_PRO, 10));
        // nothing for the first degree in the disponible: the école gets nothing
        Simulation s = simuler(e, parts(Voie.SECOND_DEGRE, "7", "0"), SANS_PONDERATION);
        assertParts(s, "7", "0", "0");
        assertValeur("0", s.totalParts().get(Voie.PREMIER_DEGRE));
        assertValeur("0", s.resteParts().get(Voie.VOIE_PRO));
    }
}
