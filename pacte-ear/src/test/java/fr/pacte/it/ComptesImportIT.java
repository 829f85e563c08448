package fr.pacte.it;

import fr.pacte.commun.tableur.EcritureTableau;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16, point 3, the accounts file over the API ({@code POST /api/comptes/import}): an accepted file creates
 * every account with a one-time password, answered once as a CSV attachment; a file with any bad line creates
 * nothing and names each line, column and rule; rectorat only; no text/plain. Own département 094, logins
 * {@code imp.*}.
 */
class ComptesImportIT extends PacteIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ENTETE = "login;role;departement;circonscription;uai;identifiant;nom_affiche;courriel\n";

    private static final String LOGINS = "'imp.dasen094', 'imp.ien094', 'imp.chef0940001a', 'imp.agent094', 'imp.analyste094'";

    private final Http rectorat = http().basic("rectorat", "test");

    @BeforeAll
    static void donnees() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO referentiel.departement (code, libelle) VALUES ('094', 'Val-de-Marne');
                    INSERT INTO referentiel.circonscription (code, libelle, departement_code) VALUES
                     ('094IM1', 'Circonscription de Créteil 1', '094');
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune,
                           secteur, recherche) VALUES
                     ('0940001A', 'CLG', 'Collège Albert-Camus', '094', 'Créteil', 'PU', 'college albert-camus creteil'),
                     ('0940002B', 'LYC', 'Lycée Eugène-Delacroix', '094', 'Maisons-Alfort', 'PU', 'lycee eugene-delacroix');
                    INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps,
                           uai_affectation, recherche) VALUES
                     ('CPT0940000001', 'Mme', 'Lefèvre', 'Anne', 'F', '1981-04-02', 'CERTIFIE', '0940001A', 'lefevre anne'),
                     ('CPT0940000002', 'M.', 'Benali', 'Karim', 'M', '1979-11-20', 'PLP', '0940002B', 'benali karim');
                    """);
        }
    }

    @Test
    void unBonFichierCreeLesComptesAvecDesMotsDePasseProvisoiresDonnesUneFoisEnCsv() {
        String fichier = ENTETE
                + "imp.dasen094;DASEN;094;;;;DASEN du Val-de-Marne;dasen094@ac-test.fr\n"
                + "imp.ien094;IEN;;094IM1;;;;\n"
                + "Imp.Chef0940001a;chef_etablissement;;;0940001A;;Principal du collège Albert-Camus;\n"
                + "imp.agent094;PERSONNEL;;;;CPT0940000001;;\n"
                + "imp.analyste094;ANALYSTE;;;;;;\n";
        HttpResponse<String> r = rectorat.postAvecEntetes("/api/comptes/import", "text/csv; charset=UTF-8",
                fichier.getBytes(StandardCharsets.UTF_8), "X-Nom-Fichier", "comptes-094.csv");
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), r.headers().toString());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), r.headers().toString());
        assertTrue(r.headers().allValues("Cache-Control").toString().contains("no-store"), r.headers().toString());
        Map<String, String> motsDePasse = motsDePasse(r.body());
        assertEquals(List.of("imp.dasen094", "imp.ien094", "imp.chef0940001a", "imp.agent094", "imp.analyste094"),
                List.copyOf(motsDePasse.keySet()));
        motsDePasse.values().forEach(m -> assertTrue(m.matches("[a-zA-Z2-9]{8}-[a-zA-Z2-9]{8}"), m));

        assertEquals("5", BaseDeTest.valeur("SELECT count(*) FROM securite.compte WHERE login IN (" + LOGINS + ")"
                + " AND mot_de_passe_provisoire AND actif"));
        assertEquals("IEN|094IM1|imp.ien094", BaseDeTest.valeur("SELECT role || '|' || circonscription_code || '|' || nom_affiche"
                + " FROM securite.compte WHERE login = 'imp.ien094'"));
        assertEquals("CHEF_ETABLISSEMENT|0940001A|Principal du collège Albert-Camus", BaseDeTest.valeur(
                "SELECT role || '|' || uai || '|' || nom_affiche FROM securite.compte WHERE login = 'imp.chef0940001a'"));
        // a provisional password opens nothing but the password change; a wrong one is not even that
        HttpResponse<String> provisoire = http().basic("imp.dasen094", motsDePasse.get("imp.dasen094")).get("/api/etablissements");
        assertEquals(403, provisoire.statusCode(), provisoire.body());
        assertEquals(401, http().basic("imp.dasen094", "Faux-motdepasse-1").get("/api/etablissements").statusCode());
        assertEquals("5", BaseDeTest.valeur("SELECT count(*) FROM securite.journal WHERE action = 'COMPTE_CREE'"
                + " AND objet_id IN (" + LOGINS + ") AND motif = 'Import du fichier comptes-094.csv'"));
        assertEquals("5", BaseDeTest.valeur("SELECT apres ->> 'crees' FROM securite.journal WHERE action = 'IMPORT_ACCEPTE'"
                + " AND objet_id = 'comptes' AND apres ->> 'fichier' = 'comptes-094.csv'"));

        // the same file again: every login is taken (and the personnel has his account), nothing is updated
        JsonObject encore = refus(rectorat.postAvecEntetes("/api/comptes/import", "text/csv",
                fichier.getBytes(StandardCharsets.UTF_8), "X-Nom-Fichier", "comptes-094.csv"));
        assertEquals(6, encore.getJsonArray("erreurs").size(), encore.toString());
        assertTrue(encore.toString().contains("le compte imp.dasen094 existe déjà"), encore.toString());
        assertTrue(encore.toString().contains("le personnel CPT0940000001 a déjà un compte : imp.agent094"), encore.toString());
    }

    @Test
    void unClasseurXlsxEstLuCommeUnCsv() {
        byte[] xlsx = EcritureTableau.xlsx("comptes", List.of("login", "role", "uai"),
                List.of(List.of("imp.chef0940002b", "CHEF_ETABLISSEMENT", "0940002B")));
        HttpResponse<String> r = rectorat.post("/api/comptes/import", XLSX, xlsx);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(List.of("imp.chef0940002b"), List.copyOf(motsDePasse(r.body()).keySet()));
    }

    @Test
    void lesMotsDePasseNeSontGardesNullePartPasMemeParUneCleIdempotency() {
        byte[] fichier = "login;role\nimp.analyste2094;ANALYSTE\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = rectorat.postAvecEntetes("/api/comptes/import", "text/csv", fichier,
                "Idempotency-Key", "imp-comptes-094");
        assertEquals(201, r.statusCode(), r.body());
        String motDePasse = motsDePasse(r.body()).get("imp.analyste2094");
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM securite.cle_idempotence WHERE cle = 'imp-comptes-094'"));
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM securite.journal WHERE position('" + motDePasse
                + "' IN coalesce(apres::text, '') || coalesce(motif, '')) > 0"));
        // the repeat is not replayed: it runs again, and the login is now taken
        refus(rectorat.postAvecEntetes("/api/comptes/import", "text/csv", fichier, "Idempotency-Key", "imp-comptes-094"));
    }

    @Test
    void uneMauvaiseLigneNeCreeRienEtChaqueErreurNommeSaLigneSaColonneEtSaRegle() {
        String fichier = ENTETE
                + "imp.bon094;CHEF_ETABLISSEMENT;;;0940001A;;;\n"
                + "imp.inconnu094;CHEF_ETABLISSEMENT;;;0949999Z;;;\n"
                + "imp.bon094;ANALYSTE;;;;;;\n"
                + "imp.role094;DIRECTEUR;;;;;;\n"
                + "Imp Blanc;ANALYSTE;;;;;;\n"
                + "rectorat;ANALYSTE;;;;;;\n"
                + "imp.sans094;DASEN;;;;;;\n"
                + "imp.autre094;DASEN;;;0940001A;;;\n"
                + "imp.agent1094;PERSONNEL;;;;CPT0940000002;;\n"
                + "imp.agent2094;PERSONNEL;;;;CPT0940000002;;\n"
                + "imp.rectorat094;RECTORAT;094;;;;;\n";
        JsonObject refus = refus(rectorat.postAvecEntetes("/api/comptes/import", "text/csv",
                fichier.getBytes(StandardCharsets.UTF_8), "X-Nom-Fichier", "comptes-refuses-094.csv"));
        assertEquals(List.of(
                "3|uai|uai inconnu : 0949999Z",
                "4|login|identifiant en double : imp.bon094 (déjà à la ligne 2)",
                "5|role|rôle inconnu : DIRECTEUR (valeurs admises : RECTORAT, DASEN, IEN, CHEF_ETABLISSEMENT, ANALYSTE, PERSONNEL)",
                "6|login|identifiant « Imp Blanc » invalide : 3 à 60 minuscules, chiffres, points, tirets",
                "7|login|le compte rectorat existe déjà",
                "8|departement|le rôle DASEN demande un departement, et lui seul",
                "9|departement|le rôle DASEN demande un departement, et lui seul",
                "11|identifiant|identifiant en double : CPT0940000002 (déjà à la ligne 10)",
                "12|role|le rôle RECTORAT n'a pas de périmètre : ni département, ni circonscription, ni UAI, ni identifiant"),
                refus.getJsonArray("erreurs").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getInt("ligne") + "|" + e.getString("colonne") + "|" + e.getString("regle")).toList());
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM securite.compte WHERE login IN ('imp.bon094',"
                + " 'imp.agent1094', 'imp.agent2094', 'imp.inconnu094')"));
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM securite.journal WHERE action = 'COMPTE_CREE'"
                + " AND motif = 'Import du fichier comptes-refuses-094.csv'"));
        assertEquals("9", BaseDeTest.valeur("SELECT apres ->> 'erreurs' FROM securite.journal WHERE action = 'IMPORT_REFUSE'"
                + " AND objet_id = 'comptes' AND apres ->> 'fichier' = 'comptes-refuses-094.csv'"));
    }

    @Test
    void seulLeRectoratImporteEtJamaisEnTextePlainNiParFormulaire() {
        byte[] fichier = (ENTETE + "imp.interdit094;ANALYSTE;;;;;;\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(403, http().basic("chef.0380001v", "test").post("/api/comptes/import", "text/csv", fichier).statusCode());
        assertEquals(415, rectorat.post("/api/comptes/import", "text/plain", fichier).statusCode());
        assertEquals(415, rectorat.post("/api/comptes/import", "application/x-www-form-urlencoded", fichier).statusCode());
        assertEquals(415, rectorat.post("/api/comptes/import", "multipart/form-data; boundary=x", fichier).statusCode());
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM securite.compte WHERE login = 'imp.interdit094'"));
    }

    private JsonObject refus(HttpResponse<String> r) {
        assertEquals(422, r.statusCode(), r.body());
        JsonObject rapport = Json.objet(r.body());
        assertTrue(!rapport.getBoolean("accepte"), r.body());
        return rapport;
    }

    /** The CSV answer (UTF-8 with BOM, « ; », CRLF) as login → password, in file order. */
    private static Map<String, String> motsDePasse(String csv) {
        List<String> lignes = csv.replace("\uFEFF", "").lines().toList();
        assertEquals("login;mot_de_passe", lignes.get(0), csv);
        Map<String, String> m = new LinkedHashMap<>();
        lignes.stream().skip(1).map(l -> l.split(";")).forEach(l -> m.put(l[0], l[1]));
        return m;
    }
}
