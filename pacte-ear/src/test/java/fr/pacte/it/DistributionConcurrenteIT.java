package fr.pacte.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19, point 4: an inline edit share-locks only the allocation line it changes, then its envelope; the database
 * counts it in its envelope's tranche of the line (V36), and refuses an overrun with the service's message. Concurrent users,
 * each in a form session of their own and sending the screen's own call, on the 20 collèges of the fixture (074,
 * second degré). Campaigns 2095-2096 to 2098-2099 are reserved to this class, one per scenario.
 */
class DistributionConcurrenteIT extends PacteIT {

    private static final String PARALLELE = "2095-2096";
    private static final String PLAFOND = "2096-2097";
    private static final String LIGNE = "2097-2098";
    private static final String PUBLICATION = "2098-2099";
    private static final String ECOLE = "0380003X";
    private static final String[] COLLEGES = new String[20];
    private static final BigDecimal QUART = new BigDecimal("0.25");

    static {
        String lettres = "ABCDEFGHJKLMNPRSTUVWXYZ";
        for (int i = 1; i <= 20; i++) {
            String n = String.format("07405%02d", i);
            COLLEGES[i - 1] = n + lettres.charAt(Integer.parseInt(n) % 23);
        }
    }

    @BeforeAll
    static void preparer() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES
                     ('2095-2096', '2095-09-01', '2096-08-31', 'PREPARATION'),
                     ('2096-2097', '2096-09-01', '2097-08-31', 'PREPARATION'),
                     ('2097-2098', '2097-09-01', '2098-08-31', 'PREPARATION'),
                     ('2098-2099', '2098-09-01', '2099-08-31', 'PREPARATION') ON CONFLICT DO NOTHING""");
        }
    }

    /** 10 users, 2 collèges each, 6 edits each (parts and IMP in turn): every edit passes, the totals add up. */
    @Test
    void desEditionsParalleleDeLaMemeLigneAboutissentToutesEtLesTotauxSuivent() throws Exception {
        allouer(PARALLELE, 1000, 1000);
        long[] versions = new long[COLLEGES.length];
        for (int i = 0; i < COLLEGES.length; i++) {
            versions[i] = creer(PARALLELE, COLLEGES[i], BigDecimal.ONE, BigDecimal.ONE);
        }
        List<Callable<List<Integer>>> utilisateurs = new ArrayList<>();
        for (int u = 0; u < 10; u++) {
            int premier = 2 * u;
            SessionDistribution s = new SessionDistribution("rectorat", "test");
            utilisateurs.add(() -> {
                List<Integer> statuts = new ArrayList<>();
                BigDecimal[][] valeurs = {{BigDecimal.ONE, BigDecimal.ONE}, {BigDecimal.ONE, BigDecimal.ONE}};
                long[] lues = {versions[premier], versions[premier + 1]};
                for (int k = 0; k < 6; k++) {
                    int j = k % 2;
                    // parts in rounds 0, 1, 4, 5 (the second degré line), IMP in rounds 2, 3 (the IMP line)
                    if (k / 2 % 2 == 0) {
                        valeurs[j][0] = valeurs[j][0].add(BigDecimal.ONE);
                    } else {
                        valeurs[j][1] = valeurs[j][1].add(QUART);
                    }
                    HttpResponse<String> r = s.saisir(PARALLELE, COLLEGES[premier + j], valeurs[j][0], valeurs[j][1], lues[j], null);
                    statuts.add(r.statusCode());
                    if (r.statusCode() == 200) {
                        lues[j] = Json.objet(r.body()).getJsonNumber("version").longValue();
                    }
                }
                return statuts;
            });
        }
        List<List<Integer>> statuts = ensemble(utilisateurs);
        statuts.forEach(l -> assertEquals(List.of(200, 200, 200, 200, 200, 200), l, statuts.toString()));
        // each collège: 1 + 2 parts and 1 + 0.25 IMP
        assertEquals("20", BaseDeTest.valeur("SELECT count(*) FROM dotation.enveloppe WHERE annee_scolaire = '" + PARALLELE
                + "' AND parts = 3 AND imp = 1.25"));
        coherent(PARALLELE);
    }

    /** 20 users ask for one part each when 5 are left: exactly 5 pass, the others are told the rule. */
    @Test
    void auPlafondSeulesLesEditionsAdmissiblesPassent() throws Exception {
        allouer(PLAFOND, 25, 100);
        long[] versions = new long[COLLEGES.length];
        for (int i = 0; i < COLLEGES.length; i++) {
            versions[i] = creer(PLAFOND, COLLEGES[i], BigDecimal.ONE, BigDecimal.ZERO);
        }
        List<Callable<HttpResponse<String>>> utilisateurs = new ArrayList<>();
        for (int i = 0; i < COLLEGES.length; i++) {
            int k = i;
            SessionDistribution s = new SessionDistribution("rectorat", "test");
            utilisateurs.add(() -> s.saisir(PLAFOND, COLLEGES[k], new BigDecimal(2), BigDecimal.ZERO, versions[k], null));
        }
        List<HttpResponse<String>> reponses = ensemble(utilisateurs);
        assertEquals(5, reponses.stream().filter(r -> r.statusCode() == 200).count(), corps(reponses));
        List<HttpResponse<String>> refusees = reponses.stream().filter(r -> r.statusCode() != 200).toList();
        assertEquals(15, refusees.size());
        refusees.forEach(r -> {
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.body().contains("Allocation académique dépassée (Parts Pacte – second degré) : il reste 0 parts"
                    + " à distribuer, la modification en demande 1."), r.body());
        });
        assertEquals("25.00", BaseDeTest.valeur("SELECT distribue FROM dotation.allocation_etat WHERE annee_scolaire = '"
                + PLAFOND + "' AND ligne = 'SECOND_DEGRE'"));
        coherent(PLAFOND);
    }

    /** While another transaction holds the premier degré line, the collège's edits pass and the école's waits. */
    @Test
    void uneEditionNeVerrouilleQueLaLigneQuElleChange() throws Exception {
        allouer(LIGNE, 100, 100);
        long college = creer(LIGNE, COLLEGES[0], BigDecimal.ONE, BigDecimal.ONE);
        long ecole = creer(LIGNE, ECOLE, BigDecimal.ONE, BigDecimal.ONE);
        SessionDistribution s = new SessionDistribution("rectorat", "test");
        SessionDistribution autre = new SessionDistribution("rectorat", "test");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("SELECT * FROM dotation.allocation WHERE annee_scolaire = '" + LIGNE + "' AND ligne = 'PREMIER_DEGRE' FOR UPDATE");
            Future<HttpResponse<String>> partsEcole = pool.submit(() -> autre.saisir(LIGNE, ECOLE, new BigDecimal(2), BigDecimal.ONE, ecole, null));
            HttpResponse<String> partsCollege = pool.submit(() -> s.saisir(LIGNE, COLLEGES[0], new BigDecimal(2), BigDecimal.ONE, college, null))
                    .get(60, TimeUnit.SECONDS);
            assertEquals(200, partsCollege.statusCode(), partsCollege.body());
            HttpResponse<String> impCollege = s.saisir(LIGNE, COLLEGES[0], new BigDecimal(2), new BigDecimal(2),
                    Json.objet(partsCollege.body()).getJsonNumber("version").longValue(), null);
            assertEquals(200, impCollege.statusCode(), impCollege.body());
            assertFalse(partsEcole.isDone(), "les parts de l'école attendent la ligne du premier degré");
            c.rollback();
            HttpResponse<String> r = partsEcole.get(60, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode(), r.body());
        } finally {
            pool.shutdownNow();
        }
        coherent(LIGNE);
    }

    /** An edit without a reason that waited for a publication's lock is refused once the publication commits. */
    @Test
    void uneEditionQuiAttendLaPublicationEnVoitLeMotifExige() throws Exception {
        allouer(PUBLICATION, 100, 100);
        long version = creer(PUBLICATION, COLLEGES[0], BigDecimal.ONE, BigDecimal.ONE);
        SessionDistribution s = new SessionDistribution("rectorat", "test");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            // what publier does: every line locked, then the publication written
            st.execute("SELECT * FROM dotation.allocation WHERE annee_scolaire = '" + PUBLICATION + "' ORDER BY ligne FOR UPDATE");
            st.execute("INSERT INTO dotation.publication (annee_scolaire, publiee_le, publiee_par) VALUES ('"
                    + PUBLICATION + "', now(), 'rectorat')");
            Future<HttpResponse<String>> edition = pool.submit(() -> s.saisir(PUBLICATION, COLLEGES[0], new BigDecimal(2),
                    BigDecimal.ONE, version, null));
            Thread.sleep(1000);
            assertFalse(edition.isDone(), "l'édition attend la ligne que la publication tient");
            c.commit();
            HttpResponse<String> r = edition.get(60, TimeUnit.SECONDS);
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(r.body().contains("Les enveloppes de " + PUBLICATION + " sont publiées : une correction doit indiquer son motif."),
                    r.body());
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> motivee = s.saisir(PUBLICATION, COLLEGES[0], new BigDecimal(2), BigDecimal.ONE, version, "Correction");
        assertEquals(200, motivee.statusCode(), motivee.body());
        coherent(PUBLICATION);
    }

    /** The database's distributed amounts and running totals equal the sums of the envelopes (no reserve here). */
    private static void coherent(String annee) {
        String ou = " FROM dotation.enveloppe WHERE annee_scolaire = '" + annee + "'";
        assertEquals(BaseDeTest.valeur("SELECT coalesce(sum(parts), 0)::numeric(12,2)" + ou + " AND voie = 'SECOND_DEGRE'"),
                BaseDeTest.valeur("SELECT distribue FROM dotation.allocation_etat WHERE annee_scolaire = '" + annee + "' AND ligne = 'SECOND_DEGRE'"));
        assertEquals(BaseDeTest.valeur("SELECT coalesce(sum(parts), 0)::numeric(12,2)" + ou + " AND voie = 'PREMIER_DEGRE'"),
                BaseDeTest.valeur("SELECT distribue FROM dotation.allocation_etat WHERE annee_scolaire = '" + annee + "' AND ligne = 'PREMIER_DEGRE'"));
        assertEquals(BaseDeTest.valeur("SELECT coalesce(sum(imp + decharge_heures), 0)::numeric(12,2)" + ou),
                BaseDeTest.valeur("SELECT distribue FROM dotation.allocation_etat WHERE annee_scolaire = '" + annee + "' AND ligne = 'IMP'"));
        assertEquals(BaseDeTest.valeur("SELECT sum(parts)::numeric(12,1) || ' ' || sum(imp)::numeric(12,2)" + ou + " AND uai LIKE '074%'"),
                BaseDeTest.valeur("SELECT sum(parts) || ' ' || sum(imp) FROM dotation.total_departement WHERE annee_scolaire = '"
                        + annee + "' AND departement_code = '074'"));
    }

    /** All at once: the threads wait for each other before their first request. */
    private static <T> List<T> ensemble(List<Callable<T>> taches) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(taches.size());
        CountDownLatch depart = new CountDownLatch(taches.size());
        try {
            List<Future<T>> futurs = new ArrayList<>();
            for (Callable<T> t : taches) {
                futurs.add(pool.submit(() -> {
                    depart.countDown();
                    depart.await();
                    return t.call();
                }));
            }
            List<T> resultats = new ArrayList<>();
            for (Future<T> f : futurs) {
                resultats.add(f.get(120, TimeUnit.SECONDS));
            }
            return resultats;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String corps(List<HttpResponse<String>> reponses) {
        return reponses.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString();
    }

    private static void allouer(String annee, int partsSecondDegre, int imp) {
        HttpResponse<String> r = http().basic("rectorat", "test").put("/api/allocations/" + annee,
                "{\"SECOND_DEGRE\": " + partsSecondDegre + ", \"VOIE_PRO\": 10, \"PREMIER_DEGRE\": 10, \"IMP\": " + imp + "}");
        assertEquals(200, r.statusCode(), r.body());
    }

    /** The envelope created (every line locked: it did not exist); its version. */
    private static long creer(String annee, String uai, BigDecimal parts, BigDecimal imp) {
        HttpResponse<String> r = http().basic("rectorat", "test").put("/api/dotations/" + annee + "/" + uai,
                "{\"parts\": " + parts + ", \"imp\": " + imp + ", \"version\": 0}");
        assertEquals(200, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("version").longValue();
    }
}
