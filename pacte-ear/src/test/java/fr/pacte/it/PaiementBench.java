package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark of the monthly run (profile bench only): the demo académie at 1 500 établissements and 60 000
 * personnels, with 50 000 attributions written here. Times October, November (after 1 000 avenants, so with
 * regularisations) and December through the API, each against the raw SQL that computes and sums the same month's
 * instalments from the attributions; prints the figures and checks only that both agree to the cent.
 */
class PaiementBench extends PacteIT {

    private static final String ANNEE = "2025-2026";
    private static final int ATTRIBUTIONS = Integer.getInteger("pacte.bench.attributions", 50_000);

    /** A run of 50 000 attributions may take longer than the helpers' 60 s. */
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void executionMensuelle() throws SQLException {
        attribuer();
        System.out.printf(Locale.ROOT, "%n[PaiementBench] %d attributions, %s personnels%n", ATTRIBUTIONS,
                BaseDeTest.valeur("SELECT count(*) FROM referentiel.personnel"));
        mesurer("2025-10");
        // 1 000 avenants after October: one part more, regularised in November
        BaseDeTest.valeur("UPDATE mission.attribution SET parts = parts + 1 WHERE id IN (SELECT id FROM mission.attribution"
                + " WHERE annee_scolaire = '" + ANNEE + "' AND dispositif = 'PACTE' ORDER BY id LIMIT 1000) RETURNING 1");
        mesurer("2025-11");
        mesurer("2025-12");
    }

    private void mesurer(String mois) throws SQLException {
        long debut = System.nanoTime();
        HttpResponse<String> r = executer(mois);
        double run = (System.nanoTime() - debut) / 1e6;
        assertEquals(200, r.statusCode(), r.body());
        JsonObject execution = Json.objet(r.body());
        BigDecimal total = execution.getJsonNumber("montantTotal").bigDecimalValue();

        long debutSql = System.nanoTime();
        BigDecimal sql = sommeSql(mois);
        double brut = (System.nanoTime() - debutSql) / 1e6;
        assertEquals(0, total.compareTo(sql), "la paie de " + mois + " et le SQL brut doivent concorder");
        System.out.printf(Locale.ROOT, "[PaiementBench] %s : %d lignes, %s €, exécution %.0f ms ; SQL brut %.0f ms"
                        + " (%s €) ; ratio %.1f×%n", mois, execution.getInt("lignes"), total, run, brut, sql, run / brut);
    }

    private HttpResponse<String> executer(String mois) {
        String basic = Base64.getEncoder().encodeToString("rectorat:pacte2025".getBytes(StandardCharsets.UTF_8));
        try {
            return client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/paiements/" + ANNEE + "/executions"))
                    .timeout(Duration.ofMinutes(10)).header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"mois\": \"" + mois + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same month computed straight from the attributions in SQL: the ninth rounded down (June absorbing the
     * rest is not needed before June), the catch-up of late starts, plus the regularisations the avenants call for.
     */
    private static BigDecimal sommeSql(String mois) throws SQLException {
        String sql = """
                WITH a AS (
                  SELECT a.id, coalesce(a.parts * c.montant_part, t.montant_annuel) AS montant,
                         greatest(date_trunc('month', a.date_debut), DATE '2025-10-01') AS premier
                    FROM mission.attribution a JOIN referentiel.campagne c USING (annee_scolaire)
                    LEFT JOIN referentiel.taux_imp t ON t.code_sts = a.taux_imp
                   WHERE a.annee_scolaire = '%1$s' AND NOT a.annulee AND a.modalite = 'ANNUELLE'),
                d AS (
                  SELECT a.id, floor(a.montant * 100 / 9) / 100 AS neuvieme, a.premier,
                         (extract(year FROM age(DATE '%2$s-01', DATE '2025-10-01')) * 12
                          + extract(month FROM age(DATE '%2$s-01', DATE '2025-10-01')) + 1) AS mois_ecoules
                    FROM a WHERE a.premier <= DATE '%2$s-01'),
                e AS (SELECT attribution_id, sum(montant) AS envoye FROM paiement.echeance
                       WHERE annee_scolaire = '%1$s' AND execution_id IS NOT NULL AND mois < DATE '%2$s-01'
                       GROUP BY attribution_id)
                SELECT coalesce(sum(d.neuvieme * d.mois_ecoules - coalesce(e.envoye, 0)), 0)
                  FROM d LEFT JOIN e ON e.attribution_id = d.id""".formatted(ANNEE, mois);
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
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
            // every attribution is taken within its envelope (V11): the envelopes get room for these and the
            // avenants' extra part, the allocation is raised by as much
            s.execute("""
                    CREATE TEMPORARY TABLE banc_enveloppe AS
                    SELECT b.uai, CASE e.nature WHEN 'ECOLE' THEN 'PREMIER_DEGRE' WHEN 'LP' THEN 'VOIE_PRO' ELSE 'SECOND_DEGRE' END AS voie,
                           2 * coalesce(sum(b.parts), 0) AS parts, sum(b.unites_imp) AS imp
                      FROM banc_paiement b JOIN referentiel.etablissement e ON e.uai = b.uai GROUP BY 1, 2""");
            s.execute("""
                    UPDATE dotation.allocation a SET alloue = alloue + coalesce((SELECT CASE a.ligne WHEN 'IMP' THEN sum(imp)
                           ELSE sum(parts) FILTER (WHERE voie = a.ligne) END FROM banc_enveloppe), 0)
                     WHERE annee_scolaire = '%s'""".formatted(ANNEE));
            s.execute("""
                    INSERT INTO dotation.enveloppe AS x (annee_scolaire, uai, voie, parts, imp)
                    SELECT '%s', uai, voie, parts, imp FROM banc_enveloppe
                        ON CONFLICT (annee_scolaire, uai) DO UPDATE SET parts = x.parts + EXCLUDED.parts, imp = x.imp + EXCLUDED.imp
                    """.formatted(ANNEE));
            s.execute("""
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                           taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par)
                    SELECT * FROM banc_paiement""");
        }
    }
}
