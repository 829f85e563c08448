package fr.pacte.dotation.formule;

import fr.pacte.referentiel.Voie;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static fr.pacte.dotation.formule.Jeu.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CasLimitesTest {

    @Test
    void emptyListLeavesEverythingAvailable() {
        for (Formule f : List.of(PONDEREE, new Formule.ReconductionN1(d("10"), true))) {
            Simulation s = MoteurFormule.simuler(List.of(), parts(Voie.VOIE_PRO, "25", "7.5"), Quanta.DEMI_PARTS, f);
            assertTrue(s.propositions().isEmpty());
            assertTrue(s.avertissements().isEmpty());
            for (Voie v : Voie.DES_ENVELOPPES) {
                assertValeur("0", s.totalParts().get(v));
            }
            assertValeur("25", s.resteParts().get(Voie.VOIE_PRO));
            assertValeur("0", s.resteParts().get(Voie.SECOND_DEGRE));
            assertValeur("0", s.totalImp());
            assertValeur("7.5", s.resteImp());
        }
    }

    @Test
    void zeroDisponibleGivesZeroAndDropsThePlancher() {
        Simulation s = MoteurFormule.simuler(List.of(clg("A", 10), clg("B", 20)), parts(Voie.SECOND_DEGRE, "0", "0"),
                Quanta.PARTS_ENTIERES, bornee("1", "5", null, null, null));
        assertParts(s, "0", "0");
        assertImp(s, "0", "0");
        assertEquals(1, s.avertissements().size());
        assertTrue(s.avertissements().get(0).endsWith(": plancher ignoré"));
        Simulation reconduction = MoteurFormule.simuler(List.of(n1("A", "4", "4", "2", "2")),
                parts(Voie.SECOND_DEGRE, "0", "0"), Quanta.PARTS_ENTIERES, new Formule.ReconductionN1(d("0"), false));
        assertParts(reconduction, "0");
        assertImp(reconduction, "0");
    }

    @Test
    void disponibleNotAWholeNumberOfQuanta() {
        Simulation s = MoteurFormule.simuler(List.of(clg("A", 10), clg("B", 20)),
                parts(Voie.SECOND_DEGRE, "10.7", "1.3"), Quanta.PARTS_ENTIERES, SANS_PONDERATION);
        assertValeur("10", s.totalParts().get(Voie.SECOND_DEGRE));
        assertValeur("0.7", s.resteParts().get(Voie.SECOND_DEGRE));
        assertValeur("1.25", s.totalImp());
        assertValeur("0.05", s.resteImp());
    }

    @Test
    void inputOrderDoesNotMatter() {
        List<EtablissementADoter> e = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            e.add(clg(String.format("0380%03dX", i), 7 + i % 5));
        }
        Simulation reference = MoteurFormule.simuler(e, parts(Voie.SECOND_DEGRE, "101", "17"),
                Quanta.DEMI_PARTS, PONDEREE);
        Collections.shuffle(e, new Random(7));
        assertEquals(reference, MoteurFormule.simuler(e, parts(Voie.SECOND_DEGRE, "101", "17"), Quanta.DEMI_PARTS,
                PONDEREE));
    }

    @Test
    void invalidInputsAreRefused() {
        Disponible d = parts(Voie.SECOND_DEGRE, "1", "1");
        assertThrows(IllegalArgumentException.class, () -> MoteurFormule.simuler(List.of(clg("A", 1), clg("A", 2)),
                d, Quanta.PARTS_ENTIERES, PONDEREE));
        assertThrows(IllegalArgumentException.class, () -> clg("A", -1));
        assertThrows(IllegalArgumentException.class, () -> new Quanta(d("0"), d("0.25")));
        assertThrows(IllegalArgumentException.class, () -> new Disponible(Map.of(Voie.VOIE_PRO, d("-1")), d("0")));
        assertThrows(IllegalArgumentException.class, () -> bornee("3", "2", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> Formule.Proportionnelle.simple(d("0"), d("1"), d("1")));
        assertThrows(IllegalArgumentException.class, () -> new Formule.ReconductionN1(d("-101"), true));
    }

    @Test
    void plancherAbovePlafondOnceRoundedIsIgnored() {
        // 1.5 rounds up to 2 whole parts, over the 1.5 plafond that rounds down to 1
        Simulation s = MoteurFormule.simuler(List.of(clg("A", 10), clg("B", 30)), parts(Voie.SECOND_DEGRE, "10", "0"),
                Quanta.PARTS_ENTIERES, bornee("1.5", "1.5", null, null, null));
        assertParts(s, "1", "1");
        assertEquals(List.of("Le plancher de 1,5 part dépasse le plafond de 1,5 part une fois arrondi au quantum de 1"
                + " : plancher ignoré"), s.avertissements());
    }
}
