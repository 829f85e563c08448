package fr.pacte.dotation.formule;

import fr.pacte.referentiel.Voie;

import fr.pacte.referentiel.EducationPrioritaire;
import fr.pacte.referentiel.Nature;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.pacte.dotation.formule.Jeu.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReconductionTest {

    private static final Formule ENVELOPPE_PLUS_10 = new Formule.ReconductionN1(d("10"), false);
    private static final Formule CONSOMMATION = new Formule.ReconductionN1(d("0"), true);

    private static Simulation simuler(List<EtablissementADoter> e, Disponible d, Formule f) {
        return MoteurFormule.simuler(e, d, Quanta.PARTS_ENTIERES, f);
    }

    @Test
    void envelopePlusTenPercentWithinTheDisponible() {
        // 4.4, 6.6, 0 → total 11: 4, 7, 0
        Simulation s = simuler(List.of(n1("A", "4", "3", "0", "0"), n1("B", "6", "5", "0", "0"),
                n1("C", "0", "2", "0", "0")), parts(Voie.SECOND_DEGRE, "20", "0"), ENVELOPPE_PLUS_10);
        assertParts(s, "4", "7", "0");
        assertValeur("9", s.resteParts().get(Voie.SECOND_DEGRE));
        assertTrue(s.avertissements().isEmpty());
    }

    @Test
    void consumptionAsBase() {
        Simulation s = simuler(List.of(n1("A", "4", "3", "2", "1.5"), n1("B", "6", "5", "1", "1"),
                n1("C", "0", "2", "0", "0.25")), parts(Voie.SECOND_DEGRE, "20", "10"), CONSOMMATION);
        assertParts(s, "3", "5", "2");
        assertImp(s, "1.5", "1", "0.25");
    }

    @Test
    void overTheDisponibleScalesDownProportionally() {
        Simulation s = simuler(List.of(n1("A", "10", "0", "0", "0"), n1("B", "20", "0", "0", "0"),
                n1("C", "30", "0", "0", "0")), parts(Voie.SECOND_DEGRE, "30", "0"), new Formule.ReconductionN1(d("0"),
                false));
        assertParts(s, "5", "10", "15");
        assertEquals(List.of("La reconduction demande 60 parts alors que le disponible du second degré est de "
                + "30 parts : propositions réduites proportionnellement"), s.avertissements());
        // 2 parts for three equal bases: the first two UAI get one each
        assertParts(simuler(List.of(n1("C", "1", "0", "0", "0"), n1("B", "1", "0", "0", "0"),
                n1("A", "1", "0", "0", "0")), parts(Voie.SECOND_DEGRE, "2", "0"), ENVELOPPE_PLUS_10), "1", "1", "0");
    }

    @Test
    void impInQuarters() {
        // 1.65 and 2.475 = 6.6 and 9.9 quarters, total 16.5 rounded to 17: 7 and 10 quarters
        Simulation s = simuler(List.of(n1("A", "0", "0", "1.5", "0"), n1("B", "0", "0", "2.25", "0")),
                parts(Voie.SECOND_DEGRE, "0", "10"), ENVELOPPE_PLUS_10);
        assertImp(s, "1.75", "2.5");
        assertValeur("5.75", s.resteImp());
    }

    @Test
    void impOverTheDisponibleScalesDown() {
        Simulation s = simuler(List.of(n1("A", "0", "0", "3", "0"), n1("B", "0", "0", "1", "0")),
                parts(Voie.SECOND_DEGRE, "0", "2"), ENVELOPPE_PLUS_10);
        assertImp(s, "1.5", "0.5");
        assertEquals(List.of("La reconduction demande 4,4 IMP alors que le disponible en IMP est de 2 IMP : "
                + "propositions réduites proportionnellement"), s.avertissements());
    }

    @Test
    void exactTargetsAreNeverRoundedUp() {
        // 2, 2, 0.5: the half part is the only one to round, up since the total 4.5 rounds to 5
        assertParts(simuler(List.of(n1("A", "2", "0", "0", "0"), n1("B", "2", "0", "0", "0"),
                n1("C", "0.5", "0", "0", "0")), parts(Voie.SECOND_DEGRE, "10", "0"), new Formule.ReconductionN1(d("0"),
                false)), "2", "2", "1");
    }

    @Test
    void negativePercentage() {
        assertParts(simuler(List.of(n1("A", "4", "0", "0", "0")), parts(Voie.SECOND_DEGRE, "10", "0"),
                new Formule.ReconductionN1(d("-50"), false)), "2");
    }

    @Test
    void ecolesLoseTheirN1Imp() {
        EtablissementADoter ecole = new EtablissementADoter("E", "038", Nature.ECOLE, EducationPrioritaire.HORS_EP,
                Voie.PREMIER_DEGRE, 12, d("2"), d("1"), d("2"), d("1"));
        Simulation s = simuler(List.of(n1("A", "0", "0", "2", "0"), ecole),
                new Disponible(Map.of(Voie.PREMIER_DEGRE, d("5")), d("10")), ENVELOPPE_PLUS_10);
        assertImp(s, "2.25", "0");
        assertParts(s, "0", "2");
        assertEquals(List.of("1 école avait des IMP en N-1 : les écoles ne reçoivent pas d'IMP"), s.avertissements());
    }
}
