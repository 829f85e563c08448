package fr.pacte.it;

import fr.pacte.commun.tableur.EcritureTableau;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input gets a clear refusal, never a hang: {@code 1E999999999} (a valid number whose arithmetic would build a
 * billion digits) in a JSON body, an import cell and a screen field; a zip bomb XLSX; a body, a header and a text
 * beyond their maximum. Each answer must come within seconds. Own campaign 2087-2088; nothing is ever written.
 */
class BornesIT extends PacteIT {

    private static final String ANNEE = "2087-2088";
    private static final String UAI = "0380001V";
    private static final String ENORME = "1E999999999";
    /** A hang runs for hours (a billion digits); a refusal takes milliseconds, a few seconds on a loaded machine. */
    private static final Duration DELAI = Duration.ofSeconds(10);

    private final Http rectorat = http().basic("rectorat", "test");
    private static Navigateur navigateur;

    @RegisterExtension
    static final Navigateur.SurveillanceNavigateur SURVEILLANCE = Navigateur.surveiller("bornes", () -> navigateur);

    @BeforeAll
    static void campagne() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES ('"
                    + ANNEE + "', '2087-09-01', '2088-08-31', 'PREPARATION') ON CONFLICT DO NOTHING");
            // bounds are tested here, not volunteering (ReglesTextesIT)
            s.executeUpdate("UPDATE referentiel.campagne SET volontariat_requis = false WHERE annee_scolaire = '" + ANNEE + "'");
        }
    }

    @AfterAll
    static void fermer() {
        if (navigateur != null) {
            navigateur.close();
        }
    }

    @Test
    void aHugeNumberInAJsonBodyIsRefusedAtOnce() {
        JsonObject enveloppe = refus(() -> rectorat.put("/api/dotations/" + ANNEE + "/" + UAI,
                "{\"parts\": " + ENORME + ", \"imp\": 0, \"version\": 0}"));
        assertEquals("Parts Pacte de " + UAI + " : 1E+999999999 dépasse le maximum admis (999\u202f999)",
                enveloppe.getString("erreur"));
        assertEquals("parts", enveloppe.getString("champ"));

        JsonObject saisie = refus(() -> rectorat.put("/api/dotations/" + ANNEE + "/" + UAI + "/saisie",
                "{\"parts\": 0, \"imp\": 1E-999999999, \"version\": 0}"));
        assertEquals("IMP de " + UAI + " : 1E-999999999 a plus de 2 décimales", saisie.getString("erreur"));

        JsonObject allocation = refus(() -> rectorat.put("/api/allocations/" + ANNEE, "{\"IMP\": " + ENORME + "}"));
        assertTrue(allocation.getString("erreur").endsWith("1E+999999999 dépasse le maximum admis (9\u202f999\u202f999)"),
                allocation.toString());

        JsonObject attribution = refus(() -> rectorat.postJson("/api/attributions", "{\"annee\": \"" + ANNEE
                + "\", \"uai\": \"" + UAI + "\", \"identifiant\": \"TST0000000001\", \"dispositif\": \"PACTE\","
                + " \"codeMission\": \"P2-DEVOIRS-FAITS\", \"parts\": " + ENORME + ", \"heures\": 24,"
                + " \"dateDebut\": \"2087-09-01\", \"dateFin\": \"2088-06-30\", \"modalite\": \"ANNUELLE\"}"));
        JsonObject erreur = attribution.getJsonArray("erreurs").getJsonObject(0);
        assertEquals("parts", erreur.getString("champ"));
        assertEquals("parts : 1E+999999999 dépasse le maximum admis (99)", erreur.getString("regle"));

        JsonObject formule = refus(() -> rectorat.postJson("/api/repartitions/" + ANNEE + "/simulation",
                "{\"type\": \"PROPORTIONNELLE\", \"poidsRep\": " + ENORME + "}"));
        assertEquals("poids REP : 1E+999999999 dépasse le maximum admis (1\u202f000)", formule.getString("erreur"));
        JsonObject masse = refus(() -> rectorat.postJson("/api/repartitions/" + ANNEE + "/masse?q=" + UAI,
                "{\"type\": \"AJOUTER_PARTS\", \"valeur\": " + ENORME + "}"));
        assertTrue(masse.getString("erreur").contains("dépasse le maximum admis"), masse.toString());

        JsonObject demande = refus(() -> http().basic("chef.0380001v", "test").postJson("/api/demandes",
                "{\"annee\": \"" + ANNEE + "\", \"nature\": \"IMP_SUPPLEMENTAIRES\", \"quantite\": " + ENORME
                        + ", \"justification\": \"Projet\"}"));
        assertEquals("Quantité demandée : 1E+999999999 dépasse le maximum admis (999\u202f999)", demande.getString("erreur"));
    }

    @Test
    void aHugeNumberInAnImportCellIsRefusedWithItsLineAndColumn() {
        JsonObject dotations = refus(() -> rectorat.post("/api/imports/dotations", "text/csv",
                ("annee_scolaire;uai;parts_pacte;imp_taux_base\n" + ANNEE + ";" + UAI + ";" + ENORME + ";0\n")
                        .getBytes(StandardCharsets.UTF_8)));
        JsonObject erreur = dotations.getJsonArray("erreurs").getJsonObject(0);
        assertEquals(2, erreur.getInt("ligne"));
        assertEquals("parts_pacte", erreur.getString("colonne"));
        assertEquals("parts_pacte : 1E+999999999 dépasse le maximum admis (999\u202f999)", erreur.getString("regle"));

        JsonObject attributions = refus(() -> rectorat.post("/api/imports/attributions", "text/csv",
                ("annee_scolaire;uai;identifiant;dispositif;code_mission;parts;taux_imp;heures;date_debut;date_fin;modalite\n"
                        + ANNEE + ";" + UAI + ";TST0000000001;PACTE;P2-DEVOIRS-FAITS;1;;" + ENORME
                        + ";01/09/2087;30/06/2088;ANNUELLE\n").getBytes(StandardCharsets.UTF_8)));
        JsonObject heures = attributions.getJsonArray("erreurs").getJsonObject(0);
        assertEquals("heures", heures.getString("colonne"));
        assertEquals("heures : 1E+999999999 dépasse le maximum admis (9\u202f999)", heures.getString("regle"));
    }

    @Test
    void aZipBombXlsxIsRefusedWithAMessage() throws IOException {
        byte[] bombe = bombe();
        assertTrue(bombe.length < 1_000_000, bombe.length + " octets");
        JsonObject rapport = refus(() -> rectorat.post("/api/imports/dotations",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bombe));
        assertTrue(rapport.getJsonArray("erreurs").getJsonObject(0).getString("regle")
                .contains("se décompresse au-delà des limites admises"), rapport.toString());
    }

    @Test
    void bodiesHeadersAndTextsBeyondTheirMaximumAreRefused() {
        byte[] gros = new byte[20 * 1024 * 1024 + 1];
        JsonObject fichier = refus(() -> rectorat.post("/api/imports/dotations", "text/csv", gros));
        assertEquals("Fichier trop volumineux : 20 Mo au plus.", fichier.getString("erreur"));

        JsonObject nom = refus(() -> avecNomDeFichier("n".repeat(300)));
        assertEquals("En-tête X-Nom-Fichier trop long : 300 caractères pour 255 au plus.", nom.getString("erreur"));

        JsonObject motif = refus(() -> rectorat.put("/api/dotations/" + ANNEE + "/" + UAI,
                "{\"parts\": 0, \"imp\": 0, \"version\": 0, \"motif\": \"" + "m".repeat(501) + "\"}"));
        assertEquals("Motif : texte trop long (501 caractères pour 500 au plus)", motif.getString("erreur"));
        assertEquals("motif", motif.getString("champ"));
    }

    @Test
    void aHugeNumberTypedInAScreenFieldIsRefusedAtOnce() {
        navigateur = new Navigateur(BASE);
        navigateur.connecter("rectorat", "test");
        navigateur.ouvrir("/dotations.xhtml");
        navigateur.saisir(By.id("formulaire:masse-valeur"), ENORME);
        long debut = System.nanoTime();
        navigateur.visible(By.id("formulaire:masse-preparer")).click();
        navigateur.attendre(d -> d.findElements(By.cssSelector(".ui-growl-item")).stream()
                .anyMatch(e -> e.getText().contains("1E+999999999 dépasse le maximum admis (9\u202f999\u202f999)")));
        long millis = (System.nanoTime() - debut) / 1_000_000;
        assertTrue(millis < DELAI.toMillis(), millis + " ms");
        // the page still answers: the value was never formatted nor computed on
        assertEquals(ENORME, navigateur.visible(By.id("formulaire:masse-valeur")).getAttribute("value"));
    }

    private static HttpResponse<String> avecNomDeFichier(String nom) {
        HttpRequest requete = HttpRequest.newBuilder(URI.create(BASE + "/api/imports/dotations"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("rectorat:test".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv").header("X-Nom-Fichier", nom)
                .POST(HttpRequest.BodyPublishers.ofString("annee_scolaire;uai;parts_pacte;imp_taux_base\n")).build();
        try {
            return HttpClient.newHttpClient().send(requete, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The refusal: 422 and its JSON body. The first call warms the path up (classes loaded, code compiled: seconds on
     * a 2-core machine shared by several builds) and would still fail on a hang, after the client's 60 s; the
     * second one is timed.
     */
    private static JsonObject refus(Supplier<HttpResponse<String>> appel) {
        HttpResponse<String> premiere = appel.get();
        assertEquals(422, premiere.statusCode(), premiere.body());
        long debut = System.nanoTime();
        HttpResponse<String> r = assertTimeoutPreemptively(DELAI, appel::get);
        long millis = (System.nanoTime() - debut) / 1_000_000;
        assertEquals(422, r.statusCode(), r.body());
        System.out.println("BornesIT : refus en " + millis + " ms");
        return Json.objet(r.body());
    }

    /** A real workbook whose sheet is a header then a million identical rows: ~80 MB of XML in a few hundred KB. */
    private static byte[] bombe() throws IOException {
        List<String> colonnes = List.of("annee_scolaire", "uai", "parts_pacte", "imp_taux_base");
        Path modele = Files.createTempFile("bornes-", ".xlsx");
        try {
            Files.write(modele, EcritureTableau.xlsx("Dotations", colonnes, List.of()));
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            try (ZipFile zip = new ZipFile(modele.toFile()); ZipOutputStream out = new ZipOutputStream(sortie)) {
                out.setLevel(9);
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entree = e.nextElement();
                    out.putNextEntry(new ZipEntry(entree.getName()));
                    if (entree.getName().startsWith("xl/worksheets/")) {
                        String ligne = "<row><c t=\"inlineStr\"><is><t>" + ANNEE + "</t></is></c></row>";
                        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
                                + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row>"
                                + String.join("", colonnes.stream().map(c -> "<c t=\"inlineStr\"><is><t>" + c
                                + "</t></is></c>").toList()) + "</row>").getBytes(StandardCharsets.UTF_8));
                        byte[] mille = ligne.repeat(1_000).getBytes(StandardCharsets.UTF_8);
                        for (int i = 0; i < 1_000; i++) {
                            out.write(mille);
                        }
                        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                    } else {
                        try (InputStream in = zip.getInputStream(entree)) {
                            in.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
            }
            return sortie.toByteArray();
        } finally {
            Files.deleteIfExists(modele);
        }
    }
}
