package fr.pacte.it;

import fr.pacte.commun.tableur.EcritureTableau;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Imports over REST: all-or-nothing, every error listed, idempotent, rectorat only. Works in département 074. */
class ImportIT extends PacteIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ENTETE_ETAB =
            "uai;nature;denomination_principale;denomination_complementaire;departement;commune;secteur;education_prioritaire";

    @Test
    void validFileIsImportedThenReimportingItChangesNothing() throws Exception {
        String csv = "\uFEFF" + ENTETE_ETAB + "\r\n"
                + "0740101H;CLG;Collège Les Aravis;\"Site de Thônes; annexe\";074;Thônes;PU;REP\r\n"
                + "0740102J;LP;Lycée professionnel du Mont-Blanc;;074;Passy;PU;\r\n";
        Http rectorat = http().basic("rectorat", "test");
        HttpResponse<String> r = rectorat.post("/api/imports/etablissements", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject rapport = Json.objet(r.body());
        assertEquals(2, rapport.getInt("crees") + rapport.getInt("inchanges"), r.body());

        HttpResponse<String> encore = rectorat.post("/api/imports/etablissements", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        JsonObject second = Json.objet(encore.body());
        assertEquals(0, second.getInt("crees"));
        assertEquals(0, second.getInt("modifies"));
        assertEquals(2, second.getInt("inchanges"));

        JsonObject lu = Json.objet(rectorat.get("/api/etablissements/0740101H").body());
        assertEquals("Site de Thônes; annexe", lu.getString("denomination_complementaire"));
        assertEquals("REP", lu.getString("education_prioritaire"));
    }

    @Test
    void fileWithErrorsWritesNothingAndListsEveryError() throws Exception {
        String csv = ENTETE_ETAB + "\n"
                + "0740103K;CLG;Collège valide;;074;Annecy;PU;\n"          // valid, must not be written
                + "0740104A;CLG;Clé fausse;;074;Annecy;PU;\n"              // line 3: wrong check letter (L expected)
                + "0690026D;LYC;Hors académie;;069;Lyon;PU;\n"              // line 4: département outside
                + "0740103K;CLG;Doublon;;074;Annecy;PU;\n"                  // line 5: duplicate UAI
                + "0740105M;CLINIQUE;Nature inconnue;;074;Annecy;XX;REP\n"; // line 6: nature and secteur
        int avant = compter("SELECT count(*) FROM referentiel.etablissement");
        HttpResponse<String> r = http().basic("rectorat", "test")
                .post("/api/imports/etablissements", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode(), r.body());
        List<JsonObject> erreurs = Json.objet(r.body()).getJsonArray("erreurs").getValuesAs(JsonObject.class);
        assertTrue(erreurs.stream().anyMatch(e -> e.getInt("ligne") == 3 && e.getString("colonne").equals("uai")), r.body());
        assertTrue(erreurs.stream().anyMatch(e -> e.getInt("ligne") == 4 && e.getString("colonne").equals("departement")), r.body());
        assertTrue(erreurs.stream().anyMatch(e -> e.getInt("ligne") == 5 && e.getString("colonne").equals("uai")), r.body());
        assertTrue(erreurs.stream().anyMatch(e -> e.getInt("ligne") == 6 && e.getString("colonne").equals("nature")), r.body());
        assertTrue(erreurs.stream().anyMatch(e -> e.getInt("ligne") == 6 && e.getString("colonne").equals("secteur")), r.body());
        assertEquals(avant, compter("SELECT count(*) FROM referentiel.etablissement"));
        assertEquals(0, compter("SELECT count(*) FROM referentiel.etablissement WHERE uai = '0740103K'"));
    }

    @Test
    void missingColumnsAreAllNamed() {
        HttpResponse<String> r = http().basic("rectorat", "test").post("/api/imports/personnels", "text/csv",
                "identifiant;nom;prenom\nX1;Dupont;Jean\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode());
        for (String colonne : List.of("civilite", "sexe", "date_naissance", "corps", "discipline", "uai_affectation")) {
            assertTrue(r.body().contains("\"" + colonne + "\""), colonne + " absent de " + r.body());
        }
    }

    @Test
    void windows1252PersonnelsWithAnImpossibleDateAndUnknownAffectationAreRefused() throws Exception {
        String csv = "identifiant;civilite;nom;prenom;sexe;date_naissance;corps;discipline;uai_affectation\r\n"
                + "IMP0000000001;Mme;Lefèvre-Œhmichen;Hélène;F;31/02/1980;CERTIFIE;Lettres;0380001V\r\n"
                + "IMP0000000002;M.;D'Angelo;Noël;M;12/05/1979;PLP;Vente;0999999X\r\n";
        HttpResponse<String> r = http().basic("rectorat", "test")
                .post("/api/imports/personnels", "text/csv", csv.getBytes(Charset.forName("windows-1252")));
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("date_naissance"), r.body());
        assertTrue(r.body().contains("uai_affectation"), r.body());
        assertEquals(0, compter("SELECT count(*) FROM referentiel.personnel WHERE identifiant IN ('IMP0000000001', 'IMP0000000002')"));
    }

    @Test
    void xlsxPersonnelsWithHostileTextAreStoredAsText() throws Exception {
        byte[] xlsx = EcritureTableau.xlsx("personnels",
                List.of("identifiant", "civilite", "nom", "prenom", "sexe", "date_naissance", "corps", "discipline", "uai_affectation"),
                List.of(List.of("IMP0000000010", "Mme", "<script>alert(1)</script>", "=1+1", "F", "02/03/1984",
                        "CERTIFIE", "'; DROP TABLE referentiel.personnel; --", "0380001V")));
        HttpResponse<String> r = http().basic("rectorat", "test").post("/api/imports/personnels", XLSX, xlsx);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject p = Json.objet(http().basic("rectorat", "test").get("/api/personnels?q=IMP0000000010").body())
                .getJsonArray("elements").getJsonObject(0);
        assertEquals("<script>alert(1)</script>", p.getString("nom"));
        assertEquals("=1+1", p.getString("prenom"));
        assertTrue(compter("SELECT count(*) FROM referentiel.personnel") > 0);
    }

    @Test
    void hostileTextIsPrintedAsTextInThePdfList() throws Exception {
        String csv = ENTETE_ETAB + "\n0740201S;CLG;<script>alert(1)</script>;=HYPERLINK(\"http://x\");074;Cœur-de-Savoie;PU;\n";
        Http rectorat = http().basic("rectorat", "test");
        assertEquals(200, rectorat.post("/api/imports/etablissements", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).statusCode());
        HttpResponse<byte[]> pdf = rectorat.getBytes("/api/etablissements.pdf?departement=074");
        assertEquals(200, pdf.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String texte = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(texte.contains("<script>alert(1)</script>"), texte);
            assertTrue(texte.contains("=HYPERLINK(\"http://x\")"), texte);
            assertTrue(texte.contains("Cœur-de-Savoie") && texte.contains("Établissements de l'académie"), texte);
        }
        assertEquals(403, http().basic("analyste", "test").getBytes("/api/personnels").statusCode());
    }

    @Test
    void onlyTheRectoratImports() {
        byte[] csv = "code;libelle\n074;Haute-Savoie\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(403, http().basic("dasen.038", "test").post("/api/imports/departements", "text/csv", csv).statusCode());
        assertEquals(403, http().basic("chef.0380001v", "test").post("/api/imports/departements", "text/csv", csv).statusCode());
        assertEquals(403, http().basic("analyste", "test").post("/api/imports/departements", "text/csv", csv).statusCode());
        assertEquals(404, http().basic("rectorat", "test").post("/api/imports/inconnu", "text/csv", csv).statusCode());
    }

    private static int compter(String sql) {
        return Integer.parseInt(BaseDeTest.valeur(sql));
    }
}
