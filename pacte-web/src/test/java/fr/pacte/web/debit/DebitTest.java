package fr.pacte.web.debit;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The counts of the login throttling, on a clock of our own (ms). */
class DebitTest {

    /** 5 failures in 10 s lock an address 30 s; delays from 2 failures: 100, 200, 400 ms (at most 300). */
    private static final ReglageDebit REGLAGE = ReglageDebit.lire(Map.of(
            "pacte.debit.adresse.echecs", "5", "pacte.debit.adresse.fenetre", "10", "pacte.debit.adresse.verrou", "30",
            "pacte.debit.adresse.delai-apres", "2", "pacte.debit.delai", "100", "pacte.debit.delai-max", "300",
            ReglageDebit.ELYTRON + "max-failed-attempts", "3", ReglageDebit.ELYTRON + "lockout-interval", "1",
            "pacte.debit.entrees", "10")::get);

    @Test
    void lesDefautsSontCeuxDuReadmeEtDElytron() {
        ReglageDebit defauts = ReglageDebit.lire(k -> null);
        assertEquals(20, defauts.echecsAdresse());
        assertEquals(300_000, defauts.fenetreAdresseMs());
        assertEquals(900_000, defauts.verrouAdresseMs());
        assertEquals(10, defauts.echecsIdentifiant());
        assertEquals(15 * 60_000, defauts.verrouIdentifiantMs());
        assertEquals(30 * 60_000, defauts.sessionIdentifiantMs());
        assertEquals(0, defauts.delaiApres(9));
        assertEquals(250, defauts.delaiApres(10));
        assertEquals(8000, defauts.delaiApres(19));
    }

    @Test
    void unReglageFauxArreteLeDeploiementEnNommantLaPropriete() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReglageDebit.lire(Map.of("pacte.debit.adresse.echecs", "vingt")::get));
        assertTrue(e.getMessage().startsWith("pacte.debit.adresse.echecs"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReglageDebit.lire(Map.of("pacte.debit.adresse.verrou", "0")::get));
    }

    @Test
    void uneAdresseAttendDePlusEnPlusPuisEstVerrouilleeQuelQueSoitLIdentifiant() {
        DebitAdresses adresses = new DebitAdresses(REGLAGE);
        assertEquals(DebitAdresses.Decision.LIBRE, adresses.avant("10.0.0.1", 0));
        long[] delais = {0, 0, 100, 200, 300};
        for (int i = 0; i < 4; i++) {
            assertEquals(delais[i], adresses.avant("10.0.0.1", i).delaiMs(), "avant l'essai " + (i + 1));
            assertEquals(Optional.empty(), adresses.echec("10.0.0.1", "compte." + i, i));
        }
        assertEquals(300, adresses.avant("10.0.0.1", 4).delaiMs(), "plafonné");
        Optional<String> verrou = adresses.echec("10.0.0.1", "compte.4", 4_000);
        assertTrue(verrou.orElseThrow().startsWith("Adresse 10.0.0.1 : 5 échecs de connexion en 4 secondes"), verrou.get());
        assertTrue(verrou.get().contains("compte.0, compte.1, compte.2, compte.3, compte.4"), verrou.get());
        assertTrue(verrou.get().endsWith("refusées pendant 30 secondes."), verrou.get());
        assertEquals(30_000, adresses.avant("10.0.0.1", 4_000).refusMs());
        assertEquals(1_000, adresses.avant("10.0.0.1", 33_000).refusMs());
        assertEquals(DebitAdresses.Decision.LIBRE, adresses.avant("10.0.0.2", 5_000), "les autres adresses passent");
        assertEquals(Optional.empty(), adresses.echec("10.0.0.1", "x", 20_000), "un essai déjà lancé ne prolonge rien");
        assertEquals(DebitAdresses.Decision.LIBRE, adresses.avant("10.0.0.1", 34_000), "libérée, compte remis à zéro");
    }

    @Test
    void lesEchecsHorsDeLaFenetreSontOublies() {
        DebitAdresses adresses = new DebitAdresses(REGLAGE);
        for (int i = 0; i < 4; i++) {
            adresses.echec("10.0.0.1", null, i);
        }
        assertEquals(Optional.empty(), adresses.echec("10.0.0.1", null, 10_000), "nouvelle fenêtre : 1 échec");
        assertEquals(0, adresses.avant("10.0.0.1", 10_001).delaiMs());
    }

    @Test
    void laMemoireEstBornee() {
        DebitAdresses adresses = new DebitAdresses(REGLAGE);
        VerrousIdentifiants identifiants = new VerrousIdentifiants(REGLAGE);
        for (int i = 0; i < 1000; i++) {
            adresses.echec("10.0." + (i / 256) + "." + (i % 256), "compte." + i, 0);
            identifiants.echec("compte." + i, "10.0.0.1", 0);
        }
        assertEquals(10, adresses.taille());
        assertEquals(10, identifiants.taille());
    }

    @Test
    void unIdentifiantEstVerrouilleCommeElytronLeVerrouilleEtUnSuccesLeRemetAZero() {
        VerrousIdentifiants v = new VerrousIdentifiants(REGLAGE);
        v.echec("dupont", "10.0.0.1", 0);
        v.echec("dupont", "10.0.0.1", 1);
        v.succes("dupont");
        v.echec("dupont", "10.0.0.1", 2);
        v.echec("dupont", "10.0.0.1", 3);
        assertEquals(0, v.verrou("dupont", 4));
        Optional<String> verrou = v.echec("dupont", "10.0.0.9", 4);
        assertEquals("3 échecs de connexion de suite (le dernier depuis 10.0.0.9) ; l'identifiant est refusé pendant 1 minute.",
                verrou.orElseThrow());
        assertEquals(60_000, v.verrou("dupont", 4));
        assertEquals(0, v.verrou("durand", 4));
        assertEquals(0, v.verrou("dupont", 60_004));
        assertTrue(v.echec("dupont", "10.0.0.1", 60_005).isPresent(),
                "comme Elytron : le compte n'est oublié que 30 minutes après le dernier échec, un échec de plus reverrouille");
        assertEquals(60_000, v.verrou("dupont", 60_005));
    }

    @Test
    void sansLaProtectionDElytronPasDeVerrouParIdentifiant() {
        VerrousIdentifiants v = new VerrousIdentifiants(ReglageDebit.lire(Map.of(
                ReglageDebit.ELYTRON + "enabled", "false", ReglageDebit.ELYTRON + "max-failed-attempts", "1")::get));
        assertEquals(Optional.empty(), v.echec("dupont", "10.0.0.1", 0));
        assertEquals(0, v.verrou("dupont", 0));
    }

    @Test
    void lesDureesSeLisent() {
        assertEquals("1 seconde", ReglageDebit.duree(1));
        assertEquals("5 secondes", ReglageDebit.duree(4_001));
        assertEquals("1 minute", ReglageDebit.duree(60_000));
        assertEquals("15 minutes", ReglageDebit.duree(14 * 60_000 + 1));
    }
}
