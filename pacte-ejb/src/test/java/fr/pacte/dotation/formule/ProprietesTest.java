package fr.pacte.dotation.formule;

import fr.pacte.referentiel.Voie;

import fr.pacte.referentiel.Nature;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static fr.pacte.dotation.formule.Jeu.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants over seeded random académies of 1 500 établissements. */
class ProprietesTest {

    private static final int TAILLE = 1_500;
    private static final List<Formule> FORMULES = List.of(
            PONDEREE,
            bornee("2", "25", "0.5", "12", null),
            bornee("0.5", "60", "1", "5", "6"),
            bornee("1", null, null, "8", "6"),
            bornee("40", null, "30", null, null),
            new Formule.ReconductionN1(d("10"), false),
            new Formule.ReconductionN1(d("300"), false),
            new Formule.ReconductionN1(d("-20"), true));

    @Test
    void invariantsHoldOnRandomAcademies() {
        for (long graine = 1; graine <= 5; graine++) {
            List<EtablissementADoter> etablissements = AcademieAleatoire.generer(graine, TAILLE);
            Disponible disponible = AcademieAleatoire.disponible(etablissements, graine);
            for (Quanta quanta : List.of(Quanta.PARTS_ENTIERES, Quanta.DEMI_PARTS)) {
                for (Formule formule : FORMULES) {
                    Simulation s = MoteurFormule.simuler(etablissements, disponible, quanta, formule);
                    verifier(etablissements, disponible, quanta, formule, s);
                    List<EtablissementADoter> melanges = new ArrayList<>(etablissements);
                    Collections.shuffle(melanges, new Random(graine));
                    assertEquals(s, MoteurFormule.simuler(melanges, disponible, quanta, formule), "déterminisme");
                }
            }
        }
    }

    @Test
    void fifteenHundredEtablissementsAreQuick() {
        List<EtablissementADoter> etablissements = AcademieAleatoire.generer(42, TAILLE);
        Disponible disponible = AcademieAleatoire.disponible(etablissements, 42);
        for (Formule formule : List.of(FORMULES.get(2), FORMULES.get(6))) {
            long premier = 0;
            long meilleur = Long.MAX_VALUE;
            for (int tour = 0; tour < 20; tour++) {
                long debut = System.nanoTime();
                MoteurFormule.simuler(etablissements, disponible, Quanta.DEMI_PARTS, formule);
                long duree = System.nanoTime() - debut;
                premier = tour == 0 ? duree : premier;
                meilleur = Math.min(meilleur, duree);
            }
            System.out.printf("MoteurFormule, %d établissements, %s : premier appel %.2f ms, meilleur de 20 %.2f ms%n",
                    TAILLE, formule.getClass().getSimpleName(), premier / 1e6, meilleur / 1e6);
        }
    }

    private static void verifier(List<EtablissementADoter> etablissements, Disponible disponible, Quanta quanta,
                                 Formule formule, Simulation s) {
        assertEquals(etablissements.stream().map(EtablissementADoter::uai).sorted().toList(),
                s.propositions().stream().map(Proposition::uai).toList(), "une proposition par UAI, triées");
        Map<String, Proposition> parUai = s.propositions().stream()
                .collect(Collectors.toMap(Proposition::uai, Function.identity()));
        for (Voie voie : Voie.DES_ENVELOPPES) {
            List<EtablissementADoter> groupe = etablissements.stream().filter(e -> e.voie() == voie).toList();
            Pool pool = new Pool(groupe, true, voie.complement(), disponible.parts(voie), quanta.parts(),
                    groupe.stream().map(e -> parUai.get(e.uai()).parts()).toList(), s.avertissements());
            verifierPool(pool, formule, s.totalParts().get(voie), s.resteParts().get(voie));
        }
        List<EtablissementADoter> horsEcoles = etablissements.stream().filter(e -> e.nature() != Nature.ECOLE).toList();
        Pool imp = new Pool(horsEcoles, false, "IMP", disponible.imp(), quanta.imp(),
                horsEcoles.stream().map(e -> parUai.get(e.uai()).imp()).toList(), s.avertissements());
        verifierPool(imp, formule, s.totalImp(), s.resteImp());
        etablissements.stream().filter(e -> e.nature() == Nature.ECOLE)
                .forEach(e -> assertEquals(0, parUai.get(e.uai()).imp().signum(), "pas d'IMP en école"));
    }

    private static void verifierPool(Pool pool, Formule formule, BigDecimal total, BigDecimal reste) {
        BigDecimal somme = BigDecimal.ZERO;
        for (BigDecimal v : pool.valeurs()) {
            assertTrue(v.signum() >= 0, "positif");
            assertEquals(0, v.remainder(pool.quantum()).signum(), () -> "multiple du quantum : " + v);
            somme = somme.add(v);
        }
        assertEquals(0, somme.compareTo(total), "total");
        assertTrue(total.compareTo(pool.disponible()) <= 0, "total ≤ disponible");
        assertEquals(0, pool.disponible().subtract(total).compareTo(reste), "reste");
        if (formule instanceof Formule.Proportionnelle p) {
            new ControleProportionnel(p, pool).verifier();
        } else {
            new ControleReconduction((Formule.ReconductionN1) formule, pool).verifier();
        }
    }

    /** One pool as the tests see it: its établissements, their proposals and the simulation's warnings. */
    record Pool(List<EtablissementADoter> etablissements, boolean parts, String libelle, BigDecimal disponible,
                BigDecimal quantum, List<BigDecimal> valeurs, List<String> avertissements) {

        long unites(int i) {
            return valeurs.get(i).divide(quantum).longValueExact();
        }

        long unitesDisponibles() {
            return disponible.divideToIntegralValue(quantum).longValueExact();
        }

        boolean averti(String fin) {
            return avertissements.stream().anyMatch(a -> a.contains(libelle) && a.endsWith(fin));
        }
    }
}
