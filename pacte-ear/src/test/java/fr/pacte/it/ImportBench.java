package fr.pacte.it;

import fr.pacte.database.banc.Banc;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark of the personnels import (issue 19, point 2; profile bench only): a file of 100 000 personnels in the
 * product's format, imported through {@code POST /api/imports/personnels} — new, the same file again, then with
 * 10 % of the lines changed — each against a raw {@code COPY} of the same bytes into a staging table of text columns,
 * with {@link Banc} (same JVM, same run, order alternated). The server's heap is watched meanwhile
 * ({@link TasServeur}). Identifiants BNC… are the bench's own; they are deleted (then VACUUM), untimed, before each
 * "new" round. Then the floor of any import that keeps the table's indexes and key, in plain SQL against the same
 * {@code COPY}: the file copied then inserted ({@code INSERT … SELECT}) or merged ({@code UPDATE … FROM … WHERE … IS
 * DISTINCT FROM}), with no check at all — how far the goal of 3× can be reached whatever the import's design.
 */
class ImportBench extends PacteIT {

    private static final int PERSONNELS = Integer.getInteger("pacte.bench.personnels", 100_000);
    private static final String ENTETE = "identifiant;civilite;nom;prenom;sexe;date_naissance;corps;discipline;uai_affectation\n";
    private static final String[] NOMS = {"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
            "Dubois", "Moreau", "Lefèvre", "N'Diaye", "Le Gall-Hébert", "Œhmichen", "Da Silva", "Garçon"};
    private static final String[] PRENOMS = {"Anne", "Hélène", "Noël", "Léa", "François", "Zoé", "Jérôme", "Inès",
            "Paul", "Chloé", "Aïssatou", "Mathis"};
    private static final String[] CORPS = {"CERTIFIE", "AGREGE", "PLP", "PE", "CPE", "PSYEN", "PEPS", "CONTRACTUEL"};
    private static final String[] DISCIPLINES = {"Lettres modernes", "Mathématiques", "Anglais", "", "Histoire-géographie",
            "Sciences physiques", "EPS"};
    /** The floor's statements: no check, the search form approximated (lower case, not unaccented). */
    private static final String RECHERCHE = "lower(concat_ws(' ', s.nom, s.prenom, s.identifiant))";
    private static final String INSERTION = "INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe,"
            + " date_naissance, corps, discipline, uai_affectation, recherche) SELECT s.identifiant, s.civilite, s.nom,"
            + " s.prenom, s.sexe, to_date(s.date_naissance, 'DD/MM/YYYY'), s.corps, coalesce(s.discipline, ''),"
            + " s.uai_affectation, " + RECHERCHE + " FROM banc_import s";
    private static final String FUSION = "UPDATE referentiel.personnel p SET civilite = s.civilite, nom = s.nom,"
            + " prenom = s.prenom, sexe = s.sexe, date_naissance = to_date(s.date_naissance, 'DD/MM/YYYY'),"
            + " corps = s.corps, discipline = coalesce(s.discipline, ''), uai_affectation = s.uai_affectation,"
            + " recherche = " + RECHERCHE + ", version = p.version + 1 FROM banc_import s"
            + " WHERE p.identifiant = s.identifiant AND (p.civilite, p.nom, p.prenom, p.sexe, p.date_naissance,"
            + " p.corps, p.discipline, p.uai_affectation) IS DISTINCT FROM (s.civilite, s.nom, s.prenom, s.sexe,"
            + " to_date(s.date_naissance, 'DD/MM/YYYY'), s.corps, coalesce(s.discipline, ''), s.uai_affectation)";

    // the JDK's default, HTTP/2 over TLS; -Dpacte.bench.http11=true sends with HTTP/1.1 (the upload of the 7.3 MB file
    // took 160–300 ms on the server's side over HTTP/2, 15–60 ms over HTTP/1.1: BENCHMARK.md)
    private final HttpClient client = HttpClient.newBuilder().version(Boolean.getBoolean("pacte.bench.http11")
            ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2).build();
    private final String basic = "Basic " + Base64.getEncoder()
            .encodeToString("rectorat:pacte2025".getBytes(StandardCharsets.UTF_8));

    @Test
    void importDesPersonnels() throws Exception {
        List<String> uais = new ArrayList<>();
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT uai FROM referentiel.etablissement ORDER BY uai")) {
            while (rs.next()) {
                uais.add(rs.getString(1));
            }
        }
        byte[] fichier = fichier(uais, false);
        byte[] change = fichier(uais, true);
        Banc banc = new Banc("ImportBench", Banc.tours(3));
        banc.ecrire(String.format(Locale.ROOT, "%d personnels, fichier de %.1f Mo, %d établissements", PERSONNELS,
                fichier.length / 1e6, uais.size()));
        try (Connection base = BaseDeTest.dataSource().getConnection(); TasServeur tas = TasServeur.ouvrir(banc)) {
            try (Statement s = base.createStatement()) {
                s.execute("CREATE TEMPORARY TABLE banc_import (identifiant text, civilite text, nom text, prenom text,"
                        + " sexe text, date_naissance text, corps text, discipline text, uai_affectation text)");
            }
            Banc.Cote copie = () -> copier(base, fichier);
            supprimer();
            banc.comparer("import (nouveau)", () -> {
                supprimer();
                return importer(fichier, List.of(PERSONNELS, 0, 0), tas, banc);
            }, "COPY brut", copie, 3);
            banc.comparer("import (même fichier)", () -> importer(fichier, List.of(0, 0, PERSONNELS), tas, banc),
                    "COPY brut", copie, 3);
            banc.comparer("import (10 % modifiés)", () -> {
                importer(fichier, null, null, null); // untimed: back to the original file
                return importer(change, List.of(0, PERSONNELS / 10, PERSONNELS - PERSONNELS / 10), tas, banc);
            }, "COPY brut", copie, 3);
            banc.comparer("plancher SQL (nouveau : COPY + INSERT … SELECT)", () -> {
                supprimer();
                return plancher(base, fichier, INSERTION, PERSONNELS);
            }, "COPY brut", copie, 3);
            banc.comparer("plancher SQL (même fichier : COPY + UPDATE … IS DISTINCT FROM)",
                    () -> plancher(base, fichier, FUSION, 0), "COPY brut", copie, 3);
            banc.comparer("plancher SQL (10 % modifiés : COPY + UPDATE … IS DISTINCT FROM)", () -> {
                plancher(base, fichier, FUSION, -1); // untimed: back to the original file
                return plancher(base, change, FUSION, PERSONNELS / 10);
            }, "COPY brut", copie, 3);
        } finally {
            supprimer();
            banc.enregistrer(Path.of("target/bench/import.txt"));
        }
    }

    /** The product's format; every tenth line gets another discipline when {@code change}. */
    private static byte[] fichier(List<String> uais, boolean change) {
        StringBuilder sb = new StringBuilder(PERSONNELS * 90).append(ENTETE);
        for (int i = 0; i < PERSONNELS; i++) {
            boolean femme = i % 2 == 0;
            String discipline = DISCIPLINES[i % DISCIPLINES.length];
            if (change && i % 10 == 3) {
                discipline = "Discipline modifiée " + i % 7;
            }
            sb.append(String.format(Locale.ROOT, "BNC%010d;%s;%s;%s;%s;%02d/%02d/%d;%s;%s;%s%n", i,
                    femme ? "Mme" : "M.", NOMS[i % NOMS.length], PRENOMS[(i / 3) % PRENOMS.length], femme ? "F" : "M",
                    1 + i % 28, 1 + i % 12, 1960 + i % 40, CORPS[i % CORPS.length], discipline,
                    uais.get(i % uais.size())));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Timed: the REST call with the file, as a client sends it. {@code attendus}: created, changed, unchanged. */
    private double importer(byte[] fichier, List<Integer> attendus, TasServeur tas, Banc banc) throws Exception {
        if (tas != null) {
            tas.avant();
        }
        long debut = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/imports/personnels"))
                .timeout(Duration.ofMinutes(15)).header("Authorization", basic).header("Content-Type", "text/csv")
                .header("X-Nom-Fichier", "personnels-banc.csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(fichier)).build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - debut) / 1e6;
        if (tas != null) {
            tas.apres(banc);
        }
        assertEquals(200, r.statusCode(), () -> r.body().substring(0, Math.min(2000, r.body().length())));
        if (attendus != null) {
            JsonObject rapport = Json.objet(r.body());
            assertEquals(attendus, List.of(rapport.getInt("crees"), rapport.getInt("modifies"), rapport.getInt("inchanges")));
        }
        return ms;
    }

    /** Timed: COPY of the same bytes into text columns; the staging table is emptied untimed first. */
    private static double copier(Connection base, byte[] fichier) throws Exception {
        try (Statement s = base.createStatement()) {
            s.execute("TRUNCATE banc_import");
        }
        return Banc.chrono(() -> {
            assertEquals(PERSONNELS, copierBrut(base, fichier));
        });
    }

    /**
     * Timed: COPY of the file into the staging table (emptied untimed first), then {@code sql}, which must write
     * {@code attendues} rows (any number when negative).
     */
    private static double plancher(Connection base, byte[] fichier, String sql, int attendues) throws Exception {
        try (Statement s = base.createStatement()) {
            s.execute("TRUNCATE banc_import");
        }
        return Banc.chrono(() -> {
            copierBrut(base, fichier);
            try (Statement s = base.createStatement()) {
                int n = s.executeUpdate(sql);
                if (attendues >= 0) {
                    assertEquals(attendues, n);
                }
            }
        });
    }

    /** The baseline's COPY of the file's bytes into the staging table of text columns; @return the rows copied. */
    private static long copierBrut(Connection base, byte[] fichier) throws Exception {
        return base.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY banc_import FROM STDIN WITH"
                + " (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'UTF8')", new ByteArrayInputStream(fichier));
    }

    /** Untimed reset: the bench's agents, which nothing references, deleted without the foreign keys' checks. */
    private static void supprimer() {
        BaseDeTest.executerSansDeclencheurs("DELETE FROM referentiel.personnel WHERE identifiant LIKE 'BNC%'");
        // their index entries cleared too: a real first import finds none of its identifiants, dead or alive
        BaseDeTest.executerSansDeclencheurs("VACUUM referentiel.personnel");
    }
}
