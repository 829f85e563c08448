package fr.pacte.it;

import fr.pacte.database.banc.Banc;
import fr.pacte.database.dev.ClientLocal;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark of the consolidation's XLSX export (issue 19, point 3; profile bench, demo académie at 1 500
 * établissements): campaign 2025-2026 brought to 100 000 active attributions, then, in the same run and in
 * alternating order ({@link Banc}), (a) the product's export through its HTTP entry point
 * {@code GET /api/consolidation/xlsx}, body streamed to a temporary file, against (b) plain POI SXSSF in this JVM
 * writing the same rows from the same SQL query over JDBC (server-side cursor) to a file. Prints the ratio of the
 * medians every round and the server's heap (jcmd before and after; with {@code -Dpacte.bench.gclog=<file>} given
 * to the server as {@code -Xlog:gc:file=<file>}, the heap's peak during the rounds). Fails only if both files do not
 * hold the same number of rows.
 */
class ExportBench extends PacteIT {

    private static final String ANNEE = "2025-2026";
    private static final int ATTRIBUTIONS = Integer.getInteger("pacte.bench.attributions", 100_000);
    /** The consolidation's query as the product runs it for the rectorat (SqlConsolidation, no filter). */
    private static final String REQUETE = """
            SELECT a.id, et.uai, et.denomination_principale, et.departement_code, et.nature, et.education_prioritaire,
                   a.identifiant, p.nom, p.prenom, a.dispositif, a.code_mission, m.libelle, a.parts, a.taux_imp,
                   a.unites_imp, a.heures, s.heures_faites, a.modalite, a.date_debut, a.date_fin
              FROM mission.attribution a
              JOIN referentiel.etablissement et ON et.uai = a.uai
              JOIN referentiel.personnel p ON p.identifiant = a.identifiant
              JOIN referentiel.mission_campagne m ON m.annee_scolaire = a.annee_scolaire AND m.code = a.code_mission
              LEFT JOIN mission.suivi_heures s ON s.attribution_id = a.id
             WHERE NOT a.annulee AND a.annee_scolaire = ?
             ORDER BY et.departement_code, et.uai, p.nom, p.prenom, a.id""";
    private static final List<String> ENTETES = List.of("annee_scolaire", "departement", "uai", "etablissement", "nature",
            "education_prioritaire", "identifiant", "nom", "prenom", "dispositif", "code_mission", "mission", "parts",
            "taux_imp", "unites_imp", "heures", "heures_faites", "modalite", "date_debut", "date_fin");
    /** The export's columns in the query's numbering (1-based; the id is not exported). */
    private static final int[] COLONNES = {4, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};

    private final HttpClient client = ClientLocal.client().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void xlsxDeLaConsolidation() throws Exception {
        int lignes = attribuer();
        Path dossier = Files.createDirectories(Path.of("target/bench/export"));
        Path parHttp = dossier.resolve("pacte.xlsx");
        Path parPoi = dossier.resolve("poi.xlsx");
        Banc banc = new Banc("ExportBench", Banc.tours(5));
        banc.ecrire(String.format(Locale.ROOT, "campagne %s : %d attributions actives (consolidation du rectorat)", ANNEE, lignes));
        banc.ecrire("tas du serveur avant : " + tasServeur());
        String gcLog = System.getProperty("pacte.bench.gclog");
        long debutLog = gcLog == null ? 0 : Files.readAllLines(Path.of(gcLog)).size();

        // one untimed run of each side first: the JIT of both JVMs compiles the paths measured
        telecharger(parHttp);
        ecrireAvecPoi(parPoi);
        assertEquals(lignes + 1, lignesDe(parHttp), "every attribution and the header, through the API");
        assertEquals(lignes + 1, lignesDe(parPoi), "every attribution and the header, with POI alone");

        Banc.Resultat r = banc.comparer("Pacte (GET /api/consolidation/xlsx)", () -> Banc.chrono(() -> telecharger(parHttp)),
                "POI SXSSF seul (JDBC, même requête)", () -> Banc.chrono(() -> ecrireAvecPoi(parPoi)), 1.2);
        banc.ecrire(String.format(Locale.ROOT, "fichiers : Pacte %d Ko, POI seul %d Ko ; %.0f lignes/s par l'API",
                Files.size(parHttp) / 1024, Files.size(parPoi) / 1024, lignes / (r.nous() / 1000)));
        banc.ecrire("tas du serveur après : " + tasServeur());
        if (gcLog != null) {
            banc.ecrire("journal GC du serveur pendant l'export : " + picDuTas(Files.readAllLines(Path.of(gcLog))
                    .subList((int) debutLog, Files.readAllLines(Path.of(gcLog)).size())));
        }
        banc.enregistrer(Path.of("target/bench/export.txt"));
    }

    /** The product's export: the response body is written to a file as it arrives. */
    private void telecharger(Path fichier) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString("rectorat:pacte2025".getBytes(StandardCharsets.UTF_8));
        HttpResponse<Path> r = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/consolidation/xlsx?annee=" + ANNEE))
                .timeout(Duration.ofMinutes(10)).header("Authorization", "Basic " + basic).GET().build(),
                HttpResponse.BodyHandlers.ofFile(fichier));
        assertEquals(200, r.statusCode());
    }

    /**
     * The baseline: the same query read through a server-side cursor (autocommit off, fetch size), each row written at
     * once to an SXSSF sheet with the product's settings (200 rows in memory, compressed temporary files), as text.
     */
    private static void ecrireAvecPoi(Path fichier) throws SQLException, IOException {
        try (Connection c = BaseDeTest.dataSource().getConnection();
             SXSSFWorkbook classeur = new SXSSFWorkbook(200)) {
            classeur.setCompressTempFiles(true);
            c.setAutoCommit(false);
            Sheet feuille = classeur.createSheet("Missions " + ANNEE);
            Row entete = feuille.createRow(0);
            for (int i = 0; i < ENTETES.size(); i++) {
                entete.createCell(i).setCellValue(ENTETES.get(i));
            }
            try (PreparedStatement ps = c.prepareStatement(REQUETE)) {
                ps.setFetchSize(1000);
                ps.setString(1, ANNEE);
                try (ResultSet rs = ps.executeQuery()) {
                    int rang = 1;
                    while (rs.next()) {
                        Row row = feuille.createRow(rang++);
                        row.createCell(0).setCellValue(ANNEE);
                        for (int i = 0; i < COLONNES.length; i++) {
                            String v = rs.getString(COLONNES[i]);
                            row.createCell(i + 1).setCellValue(v == null ? "" : v);
                        }
                    }
                }
            }
            c.rollback();
            try (OutputStream sortie = Files.newOutputStream(fichier)) {
                classeur.write(sortie);
            }
        }
    }

    /** Rows of the first sheet, counted in its XML without loading the workbook (central directory: SXSSF streams). */
    private static long lignesDe(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile()); InputStream feuille = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            return compter(feuille, "<row ".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static long compter(InputStream flux, byte[] motif) throws IOException {
        long n = 0;
        int trouve = 0;
        byte[] tampon = new byte[1 << 16];
        for (int lus = flux.read(tampon); lus > 0; lus = flux.read(tampon)) {
            for (int i = 0; i < lus; i++) {
                trouve = tampon[i] == motif[trouve] ? trouve + 1 : (tampon[i] == motif[0] ? 1 : 0);
                if (trouve == motif.length) {
                    n++;
                    trouve = 0;
                }
            }
        }
        return n;
    }

    /** {@code jcmd <pid> GC.heap_info} of the WildFly this run started (its port offset tells it from others). */
    private static String tasServeur() {
        String decalage = "port-offset=" + Integer.getInteger("it.port.offset", 100);
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(l -> l.contains("jboss-modules") && l.contains(decalage)).orElse(false))
                .findFirst().map(p -> {
                    try {
                        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(p.pid()), "GC.heap_info")
                                .redirectErrorStream(true).start();
                        String sortie = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                        jcmd.waitFor(30, TimeUnit.SECONDS);
                        return "pid " + p.pid() + "\n" + sortie.strip();
                    } catch (IOException e) {
                        return "jcmd indisponible : " + e.getMessage();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return "interrompu";
                    }
                }).orElse("serveur introuvable");
    }

    /** From -Xlog:gc lines ("… 300M->40M(512M) …"): the heap's largest occupancy before and after a collection. */
    private static String picDuTas(List<String> lignes) {
        var motif = java.util.regex.Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
        long avant = 0;
        long apres = 0;
        long capacite = 0;
        int collections = 0;
        for (String l : lignes) {
            var m = motif.matcher(l);
            // the collections only: a concurrent cycle's remark and cleanup pauses free nothing
            if ((l.contains("Pause Young") || l.contains("Pause Full")) && m.find()) {
                collections++;
                avant = Math.max(avant, Long.parseLong(m.group(1)));
                apres = Math.max(apres, Long.parseLong(m.group(2)));
                capacite = Math.max(capacite, Long.parseLong(m.group(3)));
            }
        }
        return String.format(Locale.ROOT, "%d collections, tas occupé au plus %d Mo avant une collection, %d Mo après"
                + " (vivant), tas engagé au plus %d Mo", collections, avant, apres, capacite);
    }

    /**
     * Brings the campaign's active attributions to {@value #ATTRIBUTIONS} (the demo's personnels, twice for some):
     * Pacte parts and IMP, annual, each taken within an envelope raised for it (V11), the allocation as much.
     */
    private static int attribuer() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            int deja = nombre(s);
            int manquent = ATTRIBUTIONS - deja;
            if (manquent > 0) {
                s.execute("""
                        CREATE TEMPORARY TABLE banc_export AS
                        SELECT '%1$s'::varchar AS annee_scolaire, p.uai_affectation AS uai, p.identifiant,
                               CASE WHEN n %% 4 = 3 THEN 'IMP-REF-NUMERIQUE' ELSE 'P2-DEVOIRS-FAITS' END AS code_mission,
                               CASE WHEN n %% 4 = 3 THEN 'IMP' ELSE 'PACTE' END AS dispositif, 'SECOND_DEGRE' AS voie,
                               CASE WHEN n %% 4 = 3 THEN NULL ELSE 1 + n %% 2 END AS parts,
                               CASE WHEN n %% 4 = 3 THEN '00' || (1 + n %% 5) END AS taux_imp,
                               CASE WHEN n %% 4 = 3 THEN 1 ELSE 0 END AS unites_imp,
                               CASE WHEN n %% 3 = 0 AND n %% 4 <> 3 THEN 18 END::numeric AS heures,
                               (CASE WHEN n %% 10 = 9 THEN DATE '2025-12-01' ELSE DATE '2025-09-01' END) + k AS date_debut,
                               -- an end date of the bench's own: no natural key of the demo's attributions is met
                               DATE '2026-06-26' + k AS date_fin, 'ANNUELLE' AS modalite, now() AS creee_le, 'bench' AS creee_par
                          FROM (SELECT p.*, k, row_number() OVER (ORDER BY k, identifiant) AS n
                                  FROM referentiel.personnel p CROSS JOIN generate_series(0, 2) k) p
                         WHERE n <= %2$d""".formatted(ANNEE, manquent));
                AttributionsDeBanc.inserer(s, ANNEE, "banc_export", 1);
                // some hours already recorded, so that the LEFT JOIN of the query has something to join
                s.execute("""
                        INSERT INTO mission.suivi_heures (attribution_id, heures_faites, releve_le, releve_par)
                        SELECT id, 6, now(), 'bench' FROM mission.attribution
                         WHERE annee_scolaire = '%s' AND heures IS NOT NULL AND id %% 2 = 0 ON CONFLICT DO NOTHING""".formatted(ANNEE));
                s.execute("ANALYZE mission.attribution");
            }
            return nombre(s);
        }
    }

    private static int nombre(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM mission.attribution a JOIN referentiel.mission_campagne m"
                + " ON m.annee_scolaire = a.annee_scolaire AND m.code = a.code_mission WHERE NOT a.annulee AND a.annee_scolaire = '"
                + ANNEE + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
