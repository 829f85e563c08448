package fr.pacte.it;

import fr.pacte.database.banc.Banc;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark of the monthly run (profile bench only, issue 19): the demo académie at 1 500 établissements and 60 000
 * personnels, with 50 000 attributions written here. With the one harness ({@link Banc}), over alternated rounds,
 * closing October — then November after 1 000 avenants, so with regularisations — through the API against the raw
 * SQL that computes and inserts the same lines into a scratch table (a hand-written formula for the bench's data:
 * annual missions, late starts caught up). Every round checks that both wrote the same lines, to the cent, and
 * times how long after the run the month's files are ready (written in the background).
 */
class PaiementBench extends PacteIT {

    private static final String ANNEE = "2025-2026";
    private static final int ATTRIBUTIONS = Integer.getInteger("pacte.bench.attributions", 50_000);

    /** A run of 50 000 attributions may take longer than the helpers' 60 s. */
    private final HttpClient client = HttpClient.newHttpClient();
    private final Banc banc = new Banc("PaiementBench", Banc.tours(5));

    @Test
    void executionMensuelle() throws Exception {
        attribuer();
        banc.ecrire(String.format(Locale.ROOT, "%d attributions, %s personnels", ATTRIBUTIONS,
                BaseDeTest.valeur("SELECT count(*) FROM referentiel.personnel")));
        try (Connection c = BaseDeTest.dataSourceSuperutilisateur().getConnection(); Statement s = c.createStatement()) {
            // the raw side writes into a table like paiement.echeance: same columns, indexes and foreign key to the
            // attributions (not the one to the run: it has none)
            s.execute("CREATE TABLE IF NOT EXISTS public.banc_lignes (LIKE paiement.echeance INCLUDING DEFAULTS"
                    + " INCLUDING CONSTRAINTS INCLUDING INDEXES, FOREIGN KEY (attribution_id) REFERENCES mission.attribution (id))");
        }
        comparer("2025-10");
        // October stays closed; 1 000 avenants after it: one part more, regularised in November
        BaseDeTest.valeur("UPDATE mission.attribution SET parts = parts + 1 WHERE id IN (SELECT id FROM mission.attribution"
                + " WHERE annee_scolaire = '" + ANNEE + "' AND dispositif = 'PACTE' ORDER BY id LIMIT 1000) RETURNING 1");
        comparer("2025-11");
        banc.enregistrer(Path.of("target", "bench", "paiement.txt"));
    }

    private void comparer(String mois) throws Exception {
        List<Double> prets = new ArrayList<>();
        Banc.Cote nous = () -> {
            annulerMois(mois);
            double[] temps = new double[1];
            HttpResponse<String> reponse = executer(mois, temps);
            assertEquals(200, reponse.statusCode(), reponse.body());
            prets.add(attendreFichiers(mois));
            return temps[0];
        };
        Banc.Cote brut = () -> {
            try (Connection c = BaseDeTest.dataSourceSuperutilisateur().getConnection(); Statement s = c.createStatement()) {
                s.execute("TRUNCATE public.banc_lignes");
                s.execute("VACUUM ANALYZE public.banc_lignes");
                return Banc.chrono(() -> s.executeUpdate(sqlBrut(mois)));
            }
        };
        // one run of each side first, not counted: the server's first request compiles and caches the most
        banc.ecrire(String.format(Locale.ROOT, "   chauffe %s : clôture %.0f ms, SQL brut %.0f ms", mois, nous.mesurer(),
                brut.mesurer()));
        prets.clear();
        Banc.Resultat r = banc.comparer("clôture " + mois + " (API)", nous, "SQL brut (calcul + INSERT des mêmes lignes)",
                brut, 3);
        String ecart = superutilisateur("""
                WITH x AS (SELECT attribution_id, mois, montant, regularisation, identifiant, uai, dispositif, code_mission,
                                  taux, nom, prenom FROM paiement.echeance
                            WHERE execution_id = (SELECT id FROM paiement.execution WHERE annee_scolaire = '%s' AND mois = '%s-01'))
                , b AS (SELECT attribution_id, mois, montant, regularisation, identifiant, uai, dispositif, code_mission,
                                  taux, nom, prenom FROM public.banc_lignes)
                SELECT (SELECT count(*) FROM (SELECT * FROM x EXCEPT ALL SELECT * FROM b) d)
                     + (SELECT count(*) FROM (SELECT * FROM b EXCEPT ALL SELECT * FROM x) d)""".formatted(ANNEE, mois));
        assertEquals("0", ecart, () -> "la paie de " + mois + " et le SQL brut doivent écrire les mêmes lignes : " + exemples(mois));
        banc.ecrire(String.format(Locale.ROOT, "   %s : %s lignes, %s € ; fichiers prêts après la clôture en %s s (médiane %.1f s,"
                        + " objectif ≤ 10 s)", mois, superutilisateur("SELECT count(*) FROM public.banc_lignes"),
                superutilisateur("SELECT sum(montant) FROM public.banc_lignes"),
                prets.stream().map(t -> String.format(Locale.ROOT, "%.1f", t / 1000)).toList(),
                prets.stream().sorted().toList().get(prets.size() / 2) / 1000));
        assertTrue(r.nous() > 0);
    }

    /** A line of each side that the other lacks, to say how they differ. */
    private static String exemples(String mois) {
        try {
            String x = "(SELECT attribution_id, mois, montant, regularisation, identifiant, uai, dispositif, code_mission, taux,"
                    + " nom, prenom FROM paiement.echeance WHERE execution_id = (SELECT id FROM paiement.execution"
                    + " WHERE annee_scolaire = '" + ANNEE + "' AND mois = '" + mois + "-01'))";
            String b = "(SELECT attribution_id, mois, montant, regularisation, identifiant, uai, dispositif, code_mission, taux,"
                    + " nom, prenom FROM public.banc_lignes)";
            return "run " + superutilisateur("SELECT count(*) || ' ' || coalesce(min(d::text), '') FROM (" + x
                    + " EXCEPT ALL " + b + ") d") + " ; SQL brut "
                    + superutilisateur("SELECT count(*) || ' ' || coalesce(min(d::text), '') FROM (" + b
                    + " EXCEPT ALL " + x + ") d");
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String superutilisateur(String sql) throws SQLException {
        try (Connection c = BaseDeTest.dataSourceSuperutilisateur().getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Untimed: the month is reopened (superuser, triggers off) so that every round closes it afresh. */
    private static void annulerMois(String mois) throws SQLException {
        try (Connection c = BaseDeTest.dataSourceSuperutilisateur().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            String execution = "(SELECT id FROM paiement.execution WHERE annee_scolaire = '" + ANNEE + "' AND mois = '" + mois + "-01')";
            s.execute("DELETE FROM paiement.echeance WHERE execution_id = " + execution);
            s.execute("DELETE FROM paiement.execution WHERE id = " + execution);
            s.execute("VACUUM ANALYZE paiement.echeance");
        }
    }

    private HttpResponse<String> executer(String mois, double[] temps) {
        try {
            HttpRequest requete = requete("/executions").timeout(Duration.ofMinutes(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"mois\": \"" + mois + "\"}")).build();
            long debut = System.nanoTime();
            HttpResponse<String> r = client.send(requete, HttpResponse.BodyHandlers.ofString());
            temps[0] = (System.nanoTime() - debut) / 1e6;
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Milliseconds from the run's answer until the three files download (the API answers 409 until then). */
    private double attendreFichiers(String mois) throws Exception {
        long debut = System.nanoTime();
        long limite = debut + 300_000_000_000L;
        for (String format : List.of("csv", "xlsx", "pdf")) {
            while (client.send(requete("/executions/" + mois + "/" + format).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 409) {
                // a failed production answers 409 too: never wait for ever
                if (System.nanoTime() > limite) {
                    throw new AssertionError("fichiers de " + mois + " toujours indisponibles après 5 min");
                }
                Thread.sleep(50);
            }
        }
        return (System.nanoTime() - debut) / 1e6;
    }

    private static HttpRequest.Builder requete(String chemin) {
        String basic = Base64.getEncoder().encodeToString("rectorat:pacte2025".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(BASE + "/api/paiements/" + ANNEE + chemin))
                .header("Authorization", "Basic " + basic);
    }

    /**
     * The same month's lines computed straight from the attributions in SQL for the bench's data (annual missions
     * from October to June, late starts caught up): each ninth rounded down, June the rest; what fell due before the
     * month is paid with its instalment if nothing was ever sent, else the difference with what was sent is a
     * regularisation line.
     */
    private static String sqlBrut(String mois) {
        return """
                INSERT INTO public.banc_lignes (attribution_id, mois, montant, regularisation, identifiant, uai, dispositif,
                                                code_mission, taux, nom, prenom, annee_scolaire)
                WITH a AS (
                  SELECT a.id, a.identifiant, a.uai, a.dispositif, a.code_mission, a.montant, trunc(a.montant / 9, 2) AS t,
                         CASE WHEN a.dispositif = 'PACTE' THEN trim_scale(a.parts)::varchar ELSE a.taux_imp END AS taux,
                         greatest(DATE '2025-10-01', date_trunc('month', a.date_debut)::date) AS premier
                    FROM mission.attribution a
                   WHERE a.annee_scolaire = '%1$s' AND NOT a.annulee AND a.modalite = 'ANNUELLE' AND a.montant <> 0),
                e AS (SELECT attribution_id, sum(montant) AS envoye FROM paiement.echeance
                       WHERE annee_scolaire = '%1$s' AND execution_id IS NOT NULL AND mois < DATE '%2$s-01'
                       GROUP BY attribution_id),
                d AS (
                  SELECT a.*, e.envoye,
                         CASE WHEN a.premier < DATE '%2$s-01' THEN a.t * %3$d ELSE 0 END AS du,
                         CASE WHEN a.premier > DATE '%2$s-01' THEN NULL
                              WHEN a.premier = DATE '%2$s-01' THEN a.t * (%3$d + 1) ELSE a.t END AS echeance
                    FROM a LEFT JOIN e ON e.attribution_id = a.id),
                l AS (
                  SELECT id, echeance + CASE WHEN envoye IS NULL THEN du ELSE 0 END AS montant, false AS regularisation
                    FROM d WHERE echeance IS NOT NULL
                  UNION ALL
                  SELECT id, du - envoye, true FROM d WHERE envoye IS NOT NULL AND du - envoye <> 0)
                SELECT l.id, DATE '%2$s-01', l.montant, l.regularisation, d.identifiant, d.uai, d.dispositif, d.code_mission,
                       d.taux, p.nom, p.prenom, '%1$s'
                  FROM l JOIN d ON d.id = l.id LEFT JOIN referentiel.personnel p ON p.identifiant = d.identifiant
                """.formatted(ANNEE, mois, YearMonth.parse(mois).getMonthValue() >= 10
                ? YearMonth.parse(mois).getMonthValue() - 10 : YearMonth.parse(mois).getMonthValue() + 2);
    }

    /** 50 000 attributions of the demo's open campaign: Pacte parts and IMP, annual, from September or later. */
    private static void attribuer() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TEMPORARY TABLE banc_paiement AS
                    SELECT '%s'::varchar AS annee_scolaire, p.uai_affectation AS uai, p.identifiant,
                           CASE WHEN n %% 4 = 3 THEN 'IMP-REF-NUMERIQUE' ELSE 'P2-DEVOIRS-FAITS' END AS code_mission,
                           CASE WHEN n %% 4 = 3 THEN 'IMP' ELSE 'PACTE' END AS dispositif, 'SECOND_DEGRE' AS voie,
                           CASE WHEN n %% 4 = 3 THEN NULL ELSE 1 + n %% 2 END AS parts,
                           CASE WHEN n %% 4 = 3 THEN '00' || (1 + n %% 5) END AS taux_imp,
                           CASE WHEN n %% 4 = 3 THEN 1 ELSE 0 END AS unites_imp, NULL::numeric AS heures,
                           CASE WHEN n %% 10 = 9 THEN DATE '2025-12-01' ELSE DATE '2025-09-01' END AS date_debut,
                           DATE '2026-06-30' AS date_fin, 'ANNUELLE' AS modalite, now() AS creee_le, 'bench' AS creee_par
                      FROM (SELECT p.*, row_number() OVER (ORDER BY identifiant) AS n FROM referentiel.personnel p) p
                     WHERE n <= %d""".formatted(ANNEE, ATTRIBUTIONS));
            // room in the envelopes for these and the avenants' extra part
            AttributionsDeBanc.inserer(s, ANNEE, "banc_paiement", 2);
        }
    }
}
