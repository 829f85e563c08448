package fr.pacte.paiement;

import fr.pacte.referentiel.Modalite;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EcheancierTest {

    private static final YearMonth OCTOBRE = YearMonth.of(2046, 10);
    private static final YearMonth NOVEMBRE = YearMonth.of(2046, 11);
    private static final YearMonth DECEMBRE = YearMonth.of(2046, 12);
    private static final YearMonth JUIN = YearMonth.of(2047, 6);

    @Test
    void aPartIsPaidInNinthsRoundedDownWithJuneAbsorbingTheRemainder() {
        List<Versement> v = Echeancier.theorique(annuelle("1250.00", LocalDate.of(2046, 9, 1), EntreeTardive.RATTRAPAGE));
        assertEquals(9, v.size());
        assertEquals(OCTOBRE, v.get(0).mois());
        assertEquals(JUIN, v.get(8).mois());
        for (int i = 0; i < 8; i++) {
            assertEquals(new BigDecimal("138.88"), v.get(i).montant());
        }
        assertEquals(new BigDecimal("138.96"), v.get(8).montant());
        assertEquals(new BigDecimal("1250.00"), somme(v));
    }

    @Test
    void anImpAtTauxQuartIsPaidInNinthsOf34Euros72() {
        List<Versement> v = Echeancier.theorique(annuelle("312.50", LocalDate.of(2046, 9, 1), EntreeTardive.RATTRAPAGE));
        assertEquals(new BigDecimal("34.72"), v.get(0).montant());
        assertEquals(new BigDecimal("34.74"), v.get(8).montant());
        assertEquals(new BigDecimal("312.50"), somme(v));
    }

    @Test
    void aLateStartCatchesUpTheMissedNinthsInItsFirstMonth() {
        List<Versement> v = Echeancier.theorique(annuelle("1250.00", LocalDate.of(2046, 12, 15), EntreeTardive.RATTRAPAGE));
        assertEquals(7, v.size());
        assertEquals(new Versement(DECEMBRE, new BigDecimal("416.64"), false), v.get(0));
        assertEquals(new BigDecimal("138.88"), v.get(1).montant());
        assertEquals(new BigDecimal("138.96"), v.get(6).montant());
        assertEquals(new BigDecimal("1250.00"), somme(v));
    }

    @Test
    void withTheSpreadingSettingALateStartIsSpreadOverTheMonthsLeft() {
        List<Versement> v = Echeancier.theorique(annuelle("1250.00", LocalDate.of(2046, 12, 15), EntreeTardive.ETALEMENT));
        assertEquals(7, v.size());
        assertEquals(new BigDecimal("178.57"), v.get(0).montant());
        assertEquals(new BigDecimal("178.58"), v.get(6).montant());
        assertEquals(new BigDecimal("1250.00"), somme(v));
    }

    @Test
    void aOneOffImpIsPaidOnceTheMonthAfterItsEndOnceServiceFaitIsRecorded() {
        BaseEcheancier sansServiceFait = new BaseEcheancier(new BigDecimal("625.00"), Modalite.PONCTUELLE,
                LocalDate.of(2046, 11, 2), LocalDate.of(2046, 11, 20), false, false, 2046, EntreeTardive.RATTRAPAGE);
        assertEquals(List.of(), Echeancier.theorique(sansServiceFait));
        BaseEcheancier fait = new BaseEcheancier(new BigDecimal("625.00"), Modalite.PONCTUELLE,
                LocalDate.of(2046, 11, 2), LocalDate.of(2046, 11, 20), false, true, 2046, EntreeTardive.RATTRAPAGE);
        assertEquals(List.of(new Versement(DECEMBRE, new BigDecimal("625.00"), false)), Echeancier.theorique(fait));
    }

    @Test
    void aDechargeIsNeverPaidInEuros() {
        BaseEcheancier decharge = new BaseEcheancier(BigDecimal.ZERO, Modalite.DECHARGE, LocalDate.of(2046, 9, 1),
                LocalDate.of(2047, 6, 30), false, false, 2046, EntreeTardive.RATTRAPAGE);
        assertEquals(List.of(), Echeancier.theorique(decharge));
    }

    @Test
    void aCancellationAfterTwoMonthsPaidReclaimsThemOnceInTheNextOpenMonth() {
        BaseEcheancier base = annuelle("1250.00", LocalDate.of(2046, 9, 1), EntreeTardive.RATTRAPAGE);
        List<Versement> envoyes = new ArrayList<>(Echeancier.theorique(base).subList(0, 2));
        BaseEcheancier annulee = new BaseEcheancier(base.montant(), base.modalite(), base.debut(), base.fin(), true,
                false, 2046, EntreeTardive.RATTRAPAGE);
        List<Versement> reste = Echeancier.aVerser(Echeancier.theorique(annulee), envoyes, DECEMBRE);
        assertEquals(List.of(new Versement(DECEMBRE, new BigDecimal("-277.76"), true)), reste);
        envoyes.addAll(reste);
        assertEquals(List.of(), Echeancier.aVerser(Echeancier.theorique(annulee), envoyes, YearMonth.of(2047, 1)));
        assertEquals(0, somme(envoyes).signum());
    }

    @Test
    void anAvenantAfterAClosedMonthLeavesItAndRegularisesTheDifferenceOnce() {
        List<Versement> octobre = Echeancier.theorique(annuelle("1250.00", LocalDate.of(2046, 9, 1), EntreeTardive.RATTRAPAGE))
                .subList(0, 1);
        List<Versement> deuxParts = Echeancier.theorique(annuelle("2500.00", LocalDate.of(2046, 9, 1), EntreeTardive.RATTRAPAGE));
        List<Versement> reste = Echeancier.aVerser(deuxParts, octobre, NOVEMBRE);
        assertEquals(new Versement(NOVEMBRE, new BigDecimal("138.89"), true), reste.get(0));
        assertEquals(new Versement(NOVEMBRE, new BigDecimal("277.77"), false), reste.get(1));
        assertEquals(1, reste.stream().filter(Versement::regularisation).count());
        List<Versement> tout = new ArrayList<>(octobre);
        tout.addAll(reste);
        assertEquals(new BigDecimal("2500.00"), somme(tout));
        // the next month derives nothing new to regularise
        List<Versement> envoyes = new ArrayList<>(octobre);
        envoyes.addAll(reste.subList(0, 2));
        assertTrue(Echeancier.aVerser(deuxParts, envoyes, DECEMBRE).stream().noneMatch(Versement::regularisation));
    }

    @Test
    void anAttributionEnteredLateWithoutAnyPaymentIsCaughtUpAsAnOrdinaryInstalment() {
        List<Versement> theorique = Echeancier.theorique(annuelle("1250.00", LocalDate.of(2046, 9, 1), EntreeTardive.RATTRAPAGE));
        List<Versement> reste = Echeancier.aVerser(theorique, List.of(), DECEMBRE);
        assertEquals(new Versement(DECEMBRE, new BigDecimal("416.64"), false), reste.get(0));
        assertEquals(new BigDecimal("1250.00"), somme(reste));
    }

    private static BaseEcheancier annuelle(String montant, LocalDate debut, EntreeTardive regle) {
        return new BaseEcheancier(new BigDecimal(montant), Modalite.ANNUELLE, debut, LocalDate.of(2047, 6, 30), false,
                false, 2046, regle);
    }

    private static BigDecimal somme(List<Versement> v) {
        return v.stream().map(Versement::montant).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
