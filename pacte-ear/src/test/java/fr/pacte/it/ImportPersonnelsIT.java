package fr.pacte.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The personnels import by COPY (issue 19, point 2): the checks across lines made on the staging table come back
 * with the lines' own ones, in the same order and words; the counts come from the upsert. Identifiants IPC… are this
 * class's own.
 */
class ImportPersonnelsIT extends PacteIT {

    private static final String ENTETE = "identifiant;civilite;nom;prenom;sexe;date_naissance;corps;discipline;uai_affectation\n";

    @Test
    void everyErrorOfEveryLineIsReturnedAndNothingIsWritten() {
        String csv = ENTETE
                + "IPC0000000001;Mme;Durand;Anne;F;12/05/1979;CERTIFIE;Anglais;0380001V\n"   // valid, not written
                + "IPC0000000002;Mr;Martin;Paul;M;31/02/1980;PROF;;0380001V\n"
                + "IPC0000000001;M.;Petit;Luc;M;01/01/1980;PE;;0999999F\n"                    // both across lines
                + "AB-12;M.;;Luc;M;01/01/1980;CPE;;0380001V\n"
                + "IPC0000000003;Mme;Roux;Léa;F;01/01/1990;PE;;0380001V\n";                   // valid, not written
        HttpResponse<String> r = http().basic("rectorat", "test")
                .post("/api/imports/personnels", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(422, r.statusCode(), r.body());
        List<String> erreurs = Json.objet(r.body()).getJsonArray("erreurs").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("ligne") + " " + e.getString("colonne") + " : " + e.getString("regle")).toList();
        assertEquals(List.of(
                "3 civilite : civilité inconnue : Mr (valeurs admises : M., Mme)",
                "3 date_naissance : date impossible : 31/02/1980",
                "3 corps : corps inconnu : PROF (valeurs admises : AGREGE, CERTIFIE, PLP, PEPS, PE, CPE, PSYEN, CONTRACTUEL)",
                "4 identifiant : identifiant en double : IPC0000000001 (déjà à la ligne 2)",
                "4 uai_affectation : affectation inconnue : UAI 0999999F",
                "5 identifiant : identifiant incorrect : AB-12 (1 à 20 lettres sans accent ou chiffres, sans espace)",
                "5 nom : valeur obligatoire absente"), erreurs);
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM referentiel.personnel"
                + " WHERE identifiant IN ('IPC0000000001', 'IPC0000000002', 'IPC0000000003')"));
    }

    @Test
    void theCountsComeFromTheUpsertAndAnIdenticalFileChangesNothing() throws Exception {
        String csv = ENTETE
                + "IPC0000000011;Mme;Lefèvre-Œhmichen;Hélène;F;12/05/1979;CERTIFIE;Lettres;0380001V\n"
                + "IPC0000000012;M.;D'Angelo;Noël;M;01/01/1980;PE;;0380001v\n"
                + "IPC0000000013;Mme;Roux;Léa;F;01/01/1990;CPE;;0380001V\n";
        BaseDeTest.valeur("WITH d AS (DELETE FROM referentiel.personnel WHERE identifiant LIKE 'IPC000000001%' RETURNING 1)"
                + " SELECT count(*) FROM d"); // a rerun on the same base starts from new agents again
        Http rectorat = http().basic("rectorat", "test");
        // Excel's Windows-1252 first: the staging table receives the text decoded as the whole-file reader did
        JsonObject premier = importer(rectorat, csv.getBytes(Charset.forName("windows-1252")));
        assertEquals(List.of(3, 0, 0), comptes(premier));

        JsonObject second = importer(rectorat, csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(0, 0, 3), comptes(second));

        JsonObject troisieme = importer(rectorat, csv.replace("Roux;Léa;F;01/01/1990;CPE", "Roux;Léa;F;01/01/1990;PSYEN")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(0, 1, 2), comptes(troisieme));

        assertEquals("Lefèvre-Œhmichen|Hélène|0|0380001V", BaseDeTest.valeur("SELECT nom || '|' || prenom || '|' || version"
                + " || '|' || uai_affectation FROM referentiel.personnel WHERE identifiant = 'IPC0000000011'"));
        assertEquals("PSYEN|1|roux lea ipc0000000013", BaseDeTest.valeur("SELECT corps || '|' || version || '|' || recherche"
                + " FROM referentiel.personnel WHERE identifiant = 'IPC0000000013'"));
        assertEquals("0380001V", BaseDeTest.valeur(
                "SELECT uai_affectation FROM referentiel.personnel WHERE identifiant = 'IPC0000000012'"));
    }

    /**
     * V35: the optional column remplacant marks who replaces (left out of the DEPP's population); a file in the former
     * format, without the column, leaves each person's flag as it is; a value other than O/N is refused on its line.
     */
    @Test
    void theOptionalRemplacantColumnSetsTheFlagAndAFileWithoutItKeepsIt() {
        BaseDeTest.valeur("WITH d AS (DELETE FROM referentiel.personnel WHERE identifiant LIKE 'IPC000000002%' RETURNING 1)"
                + " SELECT count(*) FROM d");
        Http rectorat = http().basic("rectorat", "test");
        String entete = ENTETE.replace("\n", ";remplacant\n");
        String tzr = "IPC0000000021;Mme;Faure;Inès;F;12/05/1985;CERTIFIE;Anglais;0380001V;";
        String titulaire = "IPC0000000022;M.;Blanc;Marc;M;01/01/1980;AGREGE;Histoire;0380001V;";

        HttpResponse<String> refus = rectorat.post("/api/imports/personnels", "text/csv",
                (entete + tzr + "peut-être\n" + titulaire + "N\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refus.statusCode(), refus.body());
        JsonObject erreur = Json.objet(refus.body()).getJsonArray("erreurs").getJsonObject(0);
        assertEquals("2 remplacant : valeur inconnue : peut-être (valeurs admises : O si la personne est remplaçante,"
                + " N ou vide sinon)", erreur.getInt("ligne") + " " + erreur.getString("colonne") + " : " + erreur.getString("regle"));

        assertEquals(List.of(2, 0, 0), comptes(importer(rectorat, (entete + tzr + "O\n" + titulaire + "\n").getBytes(StandardCharsets.UTF_8))));
        assertEquals("IPC0000000021 t|IPC0000000022 f", remplacants());
        JsonObject vu = Json.objet(rectorat.get("/api/personnels?q=IPC0000000021").body()).getJsonArray("elements").getJsonObject(0);
        assertEquals(true, vu.getBoolean("remplacant"), "le référentiel le montre : " + vu);
        String ancienFormat = ENTETE + tzr.substring(0, tzr.length() - 1) + "\n" + titulaire.substring(0, titulaire.length() - 1) + "\n";
        assertEquals(List.of(0, 0, 2), comptes(importer(rectorat, ancienFormat.getBytes(StandardCharsets.UTF_8))));
        assertEquals("IPC0000000021 t|IPC0000000022 f", remplacants(), "sans la colonne, rien ne change");
        assertEquals(List.of(0, 1, 1), comptes(importer(rectorat, (entete + tzr + "n\n" + titulaire + "\n").getBytes(StandardCharsets.UTF_8))));
        assertEquals("IPC0000000021 f|IPC0000000022 f", remplacants());
    }

    private static String remplacants() {
        return BaseDeTest.valeur("SELECT string_agg(identifiant || CASE WHEN remplacant THEN ' t' ELSE ' f' END, '|' ORDER BY identifiant)"
                + " FROM referentiel.personnel WHERE identifiant LIKE 'IPC000000002%'");
    }

    private static JsonObject importer(Http rectorat, byte[] fichier) {
        HttpResponse<String> r = rectorat.post("/api/imports/personnels", "text/csv", fichier);
        assertEquals(200, r.statusCode(), r.body());
        return Json.objet(r.body());
    }

    private static List<Integer> comptes(JsonObject rapport) {
        return List.of(rapport.getInt("crees"), rapport.getInt("modifies"), rapport.getInt("inchanges"));
    }
}
