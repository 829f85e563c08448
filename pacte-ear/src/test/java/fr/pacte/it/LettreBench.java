package fr.pacte.it;

import fr.pacte.database.banc.Banc;
import fr.pacte.lettre.CritereLettres;
import fr.pacte.lettre.LettreLue;
import fr.pacte.lettre.infrastructure.SqlLecturesLettres;
import fr.pacte.rapport.BoucleJasperNue;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark of the lettres de mission in bulk (profile bench, demo académie at 1 500 établissements): 20 000 letters
 * of campaign 2044-2045 (one to three missions each, a third with an IMP) as one ZIP through the background job,
 * against the same letters through a bare Jasper fill+export loop in this JVM, with {@link Banc} (rounds alternating
 * which goes first, ratio of the medians; goal 1.2×). Both are warmed up first: one whole lot on the server, 1 000
 * letters in the loop. Prints letters per second and the server's report of each lot. Not a test of speed: it fails
 * only if the job does not produce every letter.
 */
class LettreBench extends PacteIT {

    private static final String ANNEE = "2044-2045";
    private static final int LETTRES = Integer.getInteger("pacte.bench.lettres", 20_000);

    @Test
    void twentyThousandLettersInOneZip() throws Exception {
        preparer();
        Http rectorat = http().basic("rectorat", "pacte2025");
        // a first lot warms the server up (template compiled, code compiled by the JIT), as 1 000 letters warm the loop
        lot(rectorat);
        BoucleJasperNue nue = new BoucleJasperNue();
        try (Stream<LettreLue> lettres = new SqlLecturesLettres(BaseDeTest.dataSource())
                .contenus(new CritereLettres(ANNEE, null, null, null))) {
            lettres.forEach(l -> nue.ajouter(l.contenu()));
        }
        assertEquals(LETTRES, nue.nombre());
        nue.rendre(OutputStream.nullOutputStream(), 1000);

        Banc banc = new Banc("LettreBench", Banc.tours(3));
        banc.ecrire(String.format(Locale.FRANCE, "%d lettres de la campagne %s", LETTRES, ANNEE));
        List<String> bilans = new ArrayList<>();
        List<Double> cpuNue = new ArrayList<>();
        Banc.Resultat r = banc.comparer("travail en arrière-plan (ZIP, vu du client)", () -> {
            long debut = System.nanoTime();
            JsonObject lot = lot(rectorat);
            double ms = (System.nanoTime() - debut) / 1e6;
            assertEquals("TERMINE", lot.getString("etat"), lot.toString());
            assertEquals(LETTRES, lot.getInt("faites"));
            bilans.add(lot.getString("message"));
            return ms;
        }, "boucle Jasper nue (fill + export PDF)", () -> {
            long debutCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            double ms = nue.rendre(OutputStream.nullOutputStream(), nue.nombre()) / 1e6;
            cpuNue.add((ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - debutCpu) / 1e6);
            return ms;
        }, 1.2);
        banc.ecrire(String.format(Locale.FRANCE, "  lettres par seconde (médianes) : travail %.0f, boucle nue %.0f ;"
                        + " boucle nue par seconde de CPU de son thread : %.0f", LETTRES / r.nous() * 1000,
                LETTRES / r.base() * 1000, LETTRES / Banc.mediane(cpuNue) * 1000));
        bilans.forEach(b -> banc.ecrire("  bilan du serveur : " + b));
        banc.enregistrer(Path.of("target/bench/lettres.txt"));
    }

    /** Asks the académie's ZIP and waits for the end of the job. */
    private static JsonObject lot(Http rectorat) throws InterruptedException {
        HttpResponse<String> r = rectorat.postJson("/api/lettres/lots", "{\"annee\": \"" + ANNEE + "\"}");
        assertEquals(202, r.statusCode(), r.body());
        long id = Json.objet(r.body()).getJsonNumber("id").longValue();
        JsonObject lot = Json.objet(r.body());
        while (!lot.getString("etat").equals("TERMINE") && !lot.getString("etat").equals("ECHEC")) {
            Thread.sleep(500);
            lot = Json.objet(rectorat.get("/api/lettres/lots/" + id).body());
        }
        return lot;
    }

    /** 20 000 second-degré teachers, one letter each: Devoirs faits, plus an IMP for a third, a forfait for a fifth. */
    private static void preparer() throws Exception {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut)"
                    + " VALUES ('" + ANNEE + "', '2044-09-01', '2045-08-31', 'PREPARATION') ON CONFLICT DO NOTHING");
            s.execute("DELETE FROM mission.lettre WHERE annee_scolaire = '" + ANNEE + "'");
            s.execute("DELETE FROM mission.attribution WHERE annee_scolaire = '" + ANNEE + "'");
            s.execute("""
                    CREATE TEMPORARY TABLE banc AS
                    SELECT p.identifiant, p.uai_affectation AS uai, row_number() OVER (ORDER BY p.identifiant) AS rang
                      FROM referentiel.personnel p JOIN referentiel.etablissement e ON e.uai = p.uai_affectation
                     WHERE e.nature IN ('CLG', 'LYC', 'LPO') ORDER BY p.identifiant LIMIT %d""".formatted(LETTRES));
            // every attribution is taken within its envelope (V11): one per établissement, with room for all below
            s.execute("INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue) SELECT '" + ANNEE + "', l, 10000000"
                    + " FROM unnest(ARRAY['SECOND_DEGRE', 'IMP']) l ON CONFLICT DO NOTHING");
            s.execute("INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp) SELECT '" + ANNEE + "', uai,"
                    + " 'SECOND_DEGRE', 2 * count(*), count(*) FROM banc GROUP BY uai"
                    + " ON CONFLICT (annee_scolaire, uai) DO UPDATE SET parts = EXCLUDED.parts, imp = EXCLUDED.imp");
            String colonnes = "INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif,"
                    + " voie, parts, taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par) ";
            String periode = ", DATE '2044-09-01', DATE '2045-06-30', 'ANNUELLE', now(), 'banc' FROM banc";
            s.execute(colonnes + "SELECT '" + ANNEE + "', uai, identifiant, 'P2-DEVOIRS-FAITS', 'PACTE', 'SECOND_DEGRE',"
                    + " 1, NULL, 0, 24" + periode);
            s.execute(colonnes + "SELECT '" + ANNEE + "', uai, identifiant, 'IMP-REF-NUMERIQUE', 'IMP', 'SECOND_DEGRE',"
                    + " NULL, '002', 0.5, NULL" + periode + " WHERE rang % 3 = 0");
            s.execute(colonnes + "SELECT '" + ANNEE + "', uai, identifiant, 'P2-INNOVATION', 'PACTE', 'SECOND_DEGRE',"
                    + " 1, NULL, 0, NULL" + periode + " WHERE rang % 5 = 0");
            s.execute("ANALYZE mission.attribution");
        }
    }
}
