package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schedules and monthly runs on campaigns 2046-2047 to 2048-2049 (fixture-paiements.sql, reserved to this class):
 * what payroll received is never rewritten, a change is regularised once, every cent is accounted for.
 */
class PaiementIT extends PacteIT {

    private static final String ANNEE = "2046-2047";
    private static final String API = "/api/paiements/";

    @Test
    void octoberThenAChangeThenNovemberRegularisesOnceAndLeavesOctoberUntouched() {
        Http rectorat = http().basic("rectorat", "test");
        HttpResponse<String> octobre = rectorat.postJson(API + ANNEE + "/executions", "{\"mois\": \"2046-10\"}");
        assertEquals(200, octobre.statusCode(), octobre.body());
        assertEquals(3, Json.objet(octobre.body()).getInt("lignes"), "1 part, 1 IMP taux quart, 2 parts LP; ni décharge ni ponctuelle");
        assertEquals("451.37", Json.objet(octobre.body()).getJsonNumber("montantTotal").bigDecimalValue().toPlainString());
        assertEquals("rectorat|451.37|3", BaseDeTest.valeur("SELECT auteur || '|' || (apres->>'montantTotal') || '|' ||"
                + " (apres->>'lignes') FROM securite.journal WHERE action = 'MOIS_CLOS' AND objet_id = '" + ANNEE + "/2046-10'"),
                "le mois clos est journalisé avec ses totaux");
        byte[] csvOctobre = fichier(rectorat, "2046-10", "csv");
        byte[] xlsxOctobre = fichier(rectorat, "2046-10", "xlsx");
        byte[] pdfOctobre = fichier(rectorat, "2046-10", "pdf");
        String texte = new String(csvOctobre, StandardCharsets.UTF_8);
        assertTrue(texte.contains("identifiant;nom;prenom;uai;dispositif;code_mission;taux;mois;montant;regularisation"), texte);
        assertTrue(texte.contains("PAI0000000001;Durand-Œuvray;Hélène;0388001R;PACTE;P2-DEVOIRS-FAITS;1;2046-10;138,88;non"), texte);
        assertTrue(texte.contains("PAI0000000002;Garçon;Loïc;0388001R;IMP;IMP-REF-CULTURE;001;2046-10;34,72;non"), texte);

        // the month is closed: running it again gives it back unchanged; December cannot jump November
        HttpResponse<String> encore = rectorat.postJson(API + ANNEE + "/executions", "{\"mois\": \"2046-10\"}");
        assertEquals(Json.objet(octobre.body()).getInt("id"), Json.objet(encore.body()).getInt("id"));
        HttpResponse<String> decembre = rectorat.postJson(API + ANNEE + "/executions", "{\"mois\": \"2046-12\"}");
        assertEquals(422, decembre.statusCode(), decembre.body());
        assertTrue(decembre.body().contains("le prochain mois à clore est 2046-11"), decembre.body());

        // changes after October: an avenant to 2 parts (in place), a cancellation, a service fait
        BaseDeTest.valeur("UPDATE mission.attribution SET parts = 2, heures = 48, version = version + 1 WHERE id = 9460001 RETURNING id");
        assertEquals(200, rectorat.postJson("/api/attributions/9460002/annulation", "{}").statusCode());
        HttpResponse<String> fait = http().basic("chef.0388002s", "test").postJson(API + "services-faits/9460004", "{}");
        assertEquals(200, fait.statusCode(), fait.body());
        assertEquals("chef.0388002s|false|true", BaseDeTest.valeur("SELECT auteur || '|' || (avant->>'serviceFait') || '|' ||"
                + " (apres->>'serviceFait') FROM securite.journal WHERE action = 'SERVICE_FAIT' AND objet_id = '9460004'"));

        HttpResponse<String> novembre = rectorat.postJson(API + ANNEE + "/executions", "{\"mois\": \"2046-11\"}");
        assertEquals(200, novembre.statusCode(), novembre.body());
        String csvNovembre = new String(fichier(rectorat, "2046-11", "csv"), StandardCharsets.UTF_8);
        List<String> regularisations = Arrays.stream(csvNovembre.split("\r\n")).filter(l -> l.endsWith(";oui")).toList();
        assertEquals(List.of(
                "PAI0000000001;Durand-Œuvray;Hélène;0388001R;PACTE;P2-DEVOIRS-FAITS;2;2046-11;138,89;oui",
                "PAI0000000002;Garçon;Loïc;0388001R;IMP;IMP-REF-CULTURE;001;2046-11;-34,72;oui"), regularisations);
        assertTrue(csvNovembre.contains("PAI0000000001;Durand-Œuvray;Hélène;0388001R;PACTE;P2-DEVOIRS-FAITS;2;2046-11;277,77;non"), csvNovembre);
        assertTrue(csvNovembre.contains("PAI0000000004;Perrin;Mathéo;0388002S;IMP;IMP-COORD-DISCIPLINE;002;2046-11;625,00;non"), csvNovembre);

        // October is byte for byte what it was
        assertArrayEquals(csvOctobre, fichier(rectorat, "2046-10", "csv"));
        assertArrayEquals(xlsxOctobre, fichier(rectorat, "2046-10", "xlsx"));
        assertArrayEquals(pdfOctobre, fichier(rectorat, "2046-10", "pdf"));
        assertEquals("3", BaseDeTest.valeur("SELECT count(*) FROM paiement.echeance e JOIN paiement.execution x"
                + " ON x.id = e.execution_id WHERE x.annee_scolaire = '" + ANNEE + "' AND x.mois = '2046-10-01'"));
        // and PostgreSQL holds it against the server's own role, which cannot disable the trigger either (V12)
        String octobreSql = "(SELECT id FROM paiement.execution WHERE annee_scolaire = '" + ANNEE + "' AND mois = '2046-10-01')";
        assertRefuseAuServeur("PA001", "UPDATE paiement.echeance SET montant = 0 WHERE execution_id = " + octobreSql);
        assertRefuseAuServeur("PA001", "UPDATE paiement.execution SET montant_total = 0 WHERE id = " + octobreSql);
        // V31's file state is frozen with the files: a month whose files are written cannot be sent back to "failed"
        assertRefuseAuServeur("PA001", "UPDATE paiement.execution SET fichiers_etat = 'ECHEC' WHERE id = " + octobreSql);
        assertRefuseAuServeur("42501", "ALTER TABLE paiement.echeance DISABLE TRIGGER echeance_immuable");

        // the regularisations appear once: none planned after November
        assertEquals("2", BaseDeTest.valeur("SELECT count(*) FROM paiement.echeance WHERE annee_scolaire = '" + ANNEE
                + "' AND regularisation"));
        // every cent: sent + planned = the active attributions (2 + 2 parts, 625 € after service fait, 1 late part)
        String attributions = BaseDeTest.valeur("SELECT round(sum(coalesce(a.parts * c.montant_part, t.montant_annuel)), 2)"
                + " FROM mission.attribution a JOIN referentiel.campagne c USING (annee_scolaire)"
                + " LEFT JOIN referentiel.taux_imp t ON t.code_sts = a.taux_imp"
                + " WHERE a.annee_scolaire = '" + ANNEE + "' AND NOT a.annulee AND a.modalite <> 'DECHARGE'");
        assertEquals("6875.00", attributions);
        // sent rows are stored, the rest is derived by PostgreSQL when shown (V31: nothing planned is stored)
        assertEquals(attributions, BaseDeTest.valeur("SELECT (SELECT sum(montant) FROM paiement.echeance WHERE annee_scolaire = '"
                + ANNEE + "') + (SELECT sum(montant) FROM paiement.a_verser('" + ANNEE + "', DATE '2046-12-01'))"));
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM paiement.a_verser('" + ANNEE + "', DATE '2046-12-01')"
                + " WHERE regularisation"));
        JsonObject synthese = Json.objet(rectorat.get(API + ANNEE + "/synthese").body());
        assertTrue(synthese.getBoolean("concordant"), synthese.toString());
        assertEquals("6875.00", synthese.getJsonNumber("totalEcheances").bigDecimalValue().toPlainString());

        // the late start is paid from December with October and November caught up: 3 × 138,88
        JsonObject garcon = Json.objet(rectorat.get(API + ANNEE + "/personnels/PAI0000000002").body());
        assertTrue(garcon.getJsonArray("echeances").getValuesAs(JsonObject.class).stream().anyMatch(e ->
                e.getInt("attributionId") == 9460006 && e.getString("mois").equals("2046-12")
                        && e.getJsonNumber("montant").bigDecimalValue().toPlainString().equals("416.64")), garcon.toString());
    }

    @Test
    void twoRunsOfTheSameMonthAtOnceCloseItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> http().basic("rectorat", "test").postJson(API + "2047-2048/executions", "{\"mois\": \"2047-10\"}")));
        }
        List<Integer> ids = new ArrayList<>();
        for (Future<HttpResponse<String>> r : runs) {
            assertEquals(200, r.get().statusCode(), r.get().body());
            ids.add(Json.objet(r.get().body()).getInt("id"));
        }
        pool.shutdown();
        assertEquals(ids.get(0), ids.get(1));
        assertEquals("1", BaseDeTest.valeur("SELECT count(*) FROM paiement.echeance WHERE annee_scolaire = '2047-2048'"
                + " AND execution_id IS NOT NULL"));
    }

    @Test
    void aChefSeesOnlyHisUaiAndADasenOnlyHisDepartement() {
        Http chef = http().basic("chef.0388001r", "test");
        assertEquals(200, chef.get(API + "2048-2049/etablissements/0388001R").statusCode());
        assertEquals(403, chef.get(API + "2048-2049/etablissements/0388002S").statusCode());
        assertEquals(403, chef.get(API + "2048-2049/personnels/PAI0000000003").statusCode());
        JsonObject synthese = Json.objet(chef.get(API + "2048-2049/synthese").body());
        assertEquals("1250.00", synthese.getJsonNumber("totalAttributions").bigDecimalValue().toPlainString(), synthese.toString());

        assertEquals(403, http().basic("dasen.073", "test").get(API + "2048-2049/etablissements/0388001R").statusCode());
        assertEquals(403, http().basic("dasen.073", "test").get(API + "2048-2049/personnels/PAI0000000003").statusCode());
        HttpResponse<String> dasen = http().basic("dasen.038", "test").get(API + "2048-2049/personnels/PAI0000000003");
        assertEquals(200, dasen.statusCode(), dasen.body());
        JsonObject lp = Json.objet(dasen.body());
        assertEquals("7500.00", lp.getJsonNumber("totalVoiePro").bigDecimalValue().toPlainString());
        assertTrue(lp.getBoolean("plafondVoieProAtteint"));

        assertEquals(403, chef.postJson(API + "2048-2049/executions", "{\"mois\": \"2048-10\"}").statusCode());
        assertEquals(403, http().basic("dasen.038", "test").postJson(API + "2048-2049/executions", "{\"mois\": \"2048-10\"}").statusCode());
        assertEquals(403, http().basic("analyste", "test").get(API + "2048-2049/synthese").statusCode());
    }

    @Test
    void serviceFaitIsRecordedByTheChefOfTheUaiForAOneOffMissionOnly() {
        assertEquals(403, http().basic("chef.0388001r", "test").postJson(API + "services-faits/9480003", "{}").statusCode());
        HttpResponse<String> annuelle = http().basic("chef.0388001r", "test").postJson(API + "services-faits/9480001", "{}");
        assertEquals(422, annuelle.statusCode(), annuelle.body());
        assertTrue(annuelle.body().contains("seule une mission ponctuelle"), annuelle.body());
        HttpResponse<String> fait = http().basic("chef.0388002s", "test").postJson(API + "services-faits/9480003", "{}");
        assertEquals(200, fait.statusCode(), fait.body());
        JsonObject etab = Json.objet(http().basic("chef.0388002s", "test").get(API + "2048-2049/etablissements/0388002S").body());
        assertTrue(etab.getJsonArray("echeances").getValuesAs(JsonObject.class).stream().anyMatch(e ->
                e.getInt("attributionId") == 9480003 && e.getString("mois").equals("2048-12")), etab.toString());
    }

    @Test
    void thePagesShowTheScheduleTheCapAndTheNextMonthToClose() {
        String etablissement = http().connexion("chef.0388002s", "test").get("/paiements-etablissement.xhtml?annee=2048-2049").body();
        assertTrue(etablissement.contains("PAI0000000003") && etablissement.contains("IMP-COORD-DISCIPLINE"), etablissement);
        Http rectorat = http().connexion("rectorat", "test");
        String personnel = rectorat.get("/paiements-personnel.xhtml?annee=2048-2049&identifiant=PAI0000000003").body();
        assertTrue(personnel.contains("Inès Benali") && personnel.contains("(plafond atteint)"), personnel);
        String paie = rectorat.get("/paiements.xhtml?annee=2049-2050").body();
        assertTrue(paie.contains("Clore le mois de octobre 2049"), paie);
    }

    @Test
    void theFilesAreWrittenAfterTheRunAndA409SaysSoUntilTheyAreReady() throws SQLException {
        BaseDeTest.valeur("""
                INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut)
                VALUES ('2187-2188', '2187-09-01', '2188-08-31', 'PREPARATION') RETURNING annee_scolaire""");
        Http rectorat = http().basic("rectorat", "test");
        // a month whose files a node is writing: the run leaves it so, and the node holds the producer's lock
        try (Connection noeud = BaseDeTest.dataSource().getConnection(); Statement s = noeud.createStatement()) {
            noeud.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("""
                    INSERT INTO paiement.execution (annee_scolaire, mois, executee_le, executee_par, lignes, montant_total,
                           fichier_csv, fichier_xlsx, synthese_pdf)
                    VALUES ('2187-2188', '2187-10-01', now(), 'rectorat', 0, 0, '', '', '') RETURNING id""")) {
                rs.next();
                s.execute("SELECT pg_advisory_lock(hashtext('paiement.fichiers:' || " + rs.getLong(1) + "))");
            }
            noeud.commit();
            JsonObject enCours = ((jakarta.json.JsonArray) Json.structure(rectorat.get(API + "2187-2188/executions").body()))
                    .getJsonObject(0);
            assertEquals("EN_COURS", enCours.getString("fichiers"));
            HttpResponse<String> attente = rectorat.get(API + "2187-2188/executions/2187-10/csv");
            assertEquals(409, attente.statusCode(), attente.body());
            assertTrue(Json.objet(attente.body()).getString("erreur").contains("les fichiers de paie sont en préparation (0 %)"),
                    attente.body());
        }
        // the node died (its connection, and the lock, went with it): the server's watch writes the files, unasked
        String csv = new String(fichier(rectorat, "2187-2188", "2187-10", "csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFFidentifiant;nom;prenom;uai;dispositif;code_mission;taux;mois;montant;regularisation\r\n", csv);
        assertEquals("PRETS", BaseDeTest.valeur("SELECT fichiers_etat FROM paiement.execution WHERE annee_scolaire = '2187-2188'"));

        // a production that failed: the screen and the API say so, and start it again on demand
        BaseDeTest.valeur("""
                INSERT INTO paiement.execution (annee_scolaire, mois, executee_le, executee_par, lignes, montant_total,
                       fichier_csv, fichier_xlsx, synthese_pdf, fichiers_etat)
                VALUES ('2187-2188', '2187-11-01', now(), 'rectorat', 0, 0, '', '', '', 'ECHEC') RETURNING id""");
        HttpResponse<String> echec = rectorat.get(API + "2187-2188/executions/2187-11/pdf");
        assertEquals(409, echec.statusCode(), echec.body());
        assertTrue(echec.body().contains("la préparation des fichiers de paie a échoué"), echec.body());
        assertEquals(200, rectorat.postJson(API + "2187-2188/executions/2187-11/fichiers", "{}").statusCode());
        assertEquals(csv, new String(fichier(rectorat, "2187-2188", "2187-11", "csv"), StandardCharsets.UTF_8));
        assertEquals("PRETS", BaseDeTest.valeur("SELECT fichiers_etat FROM paiement.execution WHERE mois = '2187-11-01'"));
    }

    private static byte[] fichier(Http http, String mois, String format) {
        return fichier(http, ANNEE, mois, format);
    }

    /** The files are written after the run's commit: a download answers 409 until they are ready. */
    private static byte[] fichier(Http http, String annee, String mois, String format) {
        long limite = System.nanoTime() + 60_000_000_000L;
        HttpResponse<byte[]> r = http.getBytes(API + annee + "/executions/" + mois + "/" + format);
        while (r.statusCode() == 409 && System.nanoTime() < limite) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            r = http.getBytes(API + annee + "/executions/" + mois + "/" + format);
        }
        assertEquals(200, r.statusCode());
        return r.body();
    }

    private static void assertRefuseAuServeur(String sqlState, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Connection c = BaseDeTest.dataSourceServeur().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        }, sql);
        assertEquals(sqlState, e.getSQLState(), e.getMessage());
    }
}
