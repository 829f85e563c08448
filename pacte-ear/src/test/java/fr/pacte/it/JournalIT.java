package fr.pacte.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail (issue 14, point 4): every write path of allocation, reserves, envelopes, publication, requests and
 * imports leaves one journal row with its author, time, before, after and reason; the rectorat reads all, a DASEN his
 * département, nobody else; failed logins and refusals are logged; a row can be neither changed nor deleted.
 * Campaigns 2071-2072, 2072-2073 and 2085-2086 (formula), établissements 0389701N (038) and 0739701Y (073), account chef.journal: this
 * class's own.
 */
class JournalIT extends PacteIT {

    static final String ANNEE = "2071-2072";
    static final String UAI_038 = "0389701N";
    static final String UAI_073 = "0739701Y";
    private static final String CHEF = "chef.journal";

    private final Http rectorat = http().basic("rectorat", "test");

    @BeforeAll
    static void preparer() throws SQLException {
        sql("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES"
                + " ('2071-2072', '2071-09-01', '2072-08-31', 'PREPARATION'),"
                + " ('2072-2073', '2072-09-01', '2073-08-31', 'PREPARATION') ON CONFLICT DO NOTHING");
        sql("INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire,"
                + " departement_code, commune, secteur, education_prioritaire, recherche) VALUES"
                + " ('" + UAI_038 + "', 'CLG', 'Collège du journal', '', '038', 'Vienne', 'PU', '', 'college du journal vienne 0389701n'),"
                + " ('" + UAI_073 + "', 'CLG', 'Collège de la trace', '', '073', 'Albertville', 'PU', '', 'college de la trace albertville 0739701y')"
                + " ON CONFLICT DO NOTHING");
        sql("INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche)"
                + " SELECT '" + CHEF + "', mot_de_passe, 'CHEF_ETABLISSEMENT', NULL, '" + UAI_038 + "', 'Chef du collège du journal'"
                + " FROM securite.compte WHERE login = 'rectorat' ON CONFLICT DO NOTHING");
        Http rectorat = http().basic("rectorat", "test");
        ok(rectorat.put("/api/allocations/" + ANNEE, "{\"PREMIER_DEGRE\": 10, \"SECOND_DEGRE\": 100, \"VOIE_PRO\": 10, \"IMP\": 50}"));
        ok(rectorat.put("/api/reserves/" + ANNEE + "/038", "{\"partsSecondDegre\": 5, \"imp\": 5}"));
        ok(rectorat.put("/api/dotations/" + ANNEE + "/" + UAI_038, "{\"parts\": 4, \"imp\": 2, \"version\": 0}"));
        ok(rectorat.postJson("/api/dotations/" + ANNEE + "/publication", "{}"));
    }

    @Test
    void allocationChangeKeepsBeforeAfterVersionAndReason() {
        ok(rectorat.put("/api/allocations/2072-2073", "{\"SECOND_DEGRE\": 30, \"IMP\": 10, \"motif\": \"Notification initiale\"}"));
        ok(rectorat.put("/api/allocations/2072-2073", "{\"SECOND_DEGRE\": 35, \"IMP\": 10, \"motif\": \"Rallonge ministérielle\"}"));
        Entree e = Entree.derniere("objet = 'ALLOCATION' AND objet_id = '2072-2073'");
        e.deRecente("rectorat", "Rallonge ministérielle");
        assertEquals(30, e.avant().getJsonObject("SECOND_DEGRE").getInt("alloue"));
        assertEquals(1, e.avant().getJsonObject("SECOND_DEGRE").getInt("version"), "a line once set is at version 1");
        assertEquals(35, e.apres().getJsonObject("SECOND_DEGRE").getInt("alloue"));
        assertEquals(2, e.apres().getJsonObject("SECOND_DEGRE").getInt("version"));
        assertFalse(e.apres().containsKey("IMP"), "IMP inchangé : " + e.apres());
        String avant = compter("objet = 'ALLOCATION' AND objet_id = '2072-2073'");
        ok(rectorat.put("/api/allocations/2072-2073", "{\"SECOND_DEGRE\": 35, \"IMP\": 10}"));
        assertEquals(avant, compter("objet = 'ALLOCATION' AND objet_id = '2072-2073'"), "rien de changé, rien de journalisé");
    }

    /** The API's reason for a reserve used to be dropped. */
    @Test
    void reserveChangeKeepsTheReasonGivenToTheApi() {
        ok(rectorat.put("/api/reserves/" + ANNEE + "/074", "{\"imp\": 2, \"motif\": \"Réserve de la Haute-Savoie\"}"));
        Entree e = Entree.derniere("objet = 'RESERVE' AND objet_id = '" + ANNEE + "/074'");
        e.deRecente("rectorat", "Réserve de la Haute-Savoie");
        assertEquals(JsonValue.NULL, e.json("avant"), "pas de réserve avant");
        assertEquals(2, e.apres().getInt("imp"));
        assertEquals("074", e.departement());
    }

    @Test
    void envelopeCorrectionAfterPublicationKeepsBeforeAfterAndReason() {
        long version = Json.objet(rectorat.get("/api/dotations/" + ANNEE + "/" + UAI_038).body()).getJsonNumber("version").longValue();
        ok(rectorat.put("/api/dotations/" + ANNEE + "/" + UAI_038,
                "{\"parts\": 6, \"imp\": 2, \"version\": " + version + ", \"motif\": \"Correction d'une erreur de saisie\"}"));
        Entree e = Entree.derniere("action = 'ENVELOPPE_MODIFIEE' AND objet_id = '" + ANNEE + "/" + UAI_038 + "'");
        e.deRecente("rectorat", "Correction d'une erreur de saisie");
        assertEquals(version, e.avant().getJsonNumber("version").longValue());
        assertEquals(version + 1, e.apres().getJsonNumber("version").longValue());
        assertEquals(6, e.apres().getInt("parts"));
        assertEquals(UAI_038, e.uai());
        assertEquals("038", e.departement());
    }

    /** The distribution screen's inline edit sends this call. */
    @Test
    void inlineEditIsJournaledLikeAnyEnvelopeChange() {
        long version = Json.objet(rectorat.get("/api/dotations/" + ANNEE + "/0730002F").body()).getJsonNumber("version").longValue();
        ok(rectorat.put("/api/dotations/" + ANNEE + "/0730002F/saisie",
                "{\"parts\": 1, \"imp\": 0.25, \"version\": " + version + ", \"motif\": \"Saisie à l'écran\"}"));
        Entree e = Entree.derniere("objet = 'ENVELOPPE' AND objet_id = '" + ANNEE + "/0730002F'");
        e.deRecente("rectorat", "Saisie à l'écran");
        assertEquals("0.25", e.apres().getJsonNumber("imp").bigDecimalValue().stripTrailingZeros().toPlainString());
        assertEquals("073", e.departement());
    }

    /** A formula changes every envelope of the campaign: one row each, in one batch, with the formula's reason. */
    @Test
    void aFormulaJournalsEveryEnvelopeItChanges() throws SQLException {
        sql("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES"
                + " ('2085-2086', '2085-09-01', '2086-08-31', 'PREPARATION') ON CONFLICT DO NOTHING");
        ok(rectorat.put("/api/allocations/2085-2086", "{\"PREMIER_DEGRE\": 40, \"SECOND_DEGRE\": 200, \"VOIE_PRO\": 40, \"IMP\": 100}"));
        HttpResponse<String> r = rectorat.postJson("/api/repartitions/2085-2086/formule", "{\"type\": \"PROPORTIONNELLE\"}");
        ok(r);
        int modifiees = Json.objet(r.body()).getInt("modifiees");
        assertTrue(modifiees >= 10, r.body());
        assertEquals(String.valueOf(modifiees), compter("objet = 'ENVELOPPE' AND annee_scolaire = '2085-2086'"
                + " AND auteur = 'rectorat' AND motif = 'Application de la formule de répartition' AND avant->>'version' = '0'"));
    }

    @Test
    void bulkActionAndImportJournalEachChangedEnvelopeAndTheImport() {
        HttpResponse<String> masse = rectorat.postJson("/api/repartitions/" + ANNEE + "/masse?departement=073&q=0739701y",
                "{\"type\": \"AJOUTER_IMP\", \"valeur\": 1, \"motif\": \"Rattrapage de la Savoie\"}");
        ok(masse);
        assertEquals(1, Json.objet(masse.body()).getInt("modifiees"));
        Entree e = Entree.derniere("objet = 'ENVELOPPE' AND objet_id = '" + ANNEE + "/" + UAI_073 + "'");
        e.deRecente("rectorat", "Rattrapage de la Savoie");
        assertEquals(1, e.apres().getInt("imp"));

        byte[] csv = ("annee_scolaire;uai;parts_pacte;imp_taux_base\r\n" + ANNEE + ";" + UAI_073 + ";2;1\r\n").getBytes(StandardCharsets.UTF_8);
        ok(rectorat.post("/api/imports/dotations", "text/csv", csv));
        Entree env = Entree.derniere("objet = 'ENVELOPPE' AND objet_id = '" + ANNEE + "/" + UAI_073 + "'");
        env.deRecente("rectorat", "Import du fichier dotations.csv");
        assertEquals(2, env.apres().getInt("parts"));
        Entree imp = Entree.derniere("action = 'IMPORT_ACCEPTE' AND objet_id = 'dotations' AND annee_scolaire = '" + ANNEE + "'");
        imp.deRecente("rectorat", null);
        assertEquals("dotations.csv", imp.apres().getString("fichier"));
        assertEquals(1, imp.apres().getInt("modifies"));

        // refused: nothing written, but the refusal is journaled (in a transaction of its own)
        String enveloppes = compter("objet = 'ENVELOPPE'");
        byte[] faux = ("annee_scolaire;uai;parts_pacte;imp_taux_base\r\n" + ANNEE + ";0000000Z;2;1\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refuse = rectorat.post("/api/imports/dotations", "text/csv", faux);
        assertEquals(422, refuse.statusCode(), refuse.body());
        Entree r = Entree.derniere("action = 'IMPORT_REFUSE' AND objet_id = 'dotations'");
        r.deRecente("rectorat", null);
        assertEquals(1, r.apres().getInt("erreurs"));
        assertEquals(enveloppes, compter("objet = 'ENVELOPPE'"));
    }

    @Test
    void publicationIsJournaled() {
        Entree e = Entree.derniere("objet = 'PUBLICATION' AND objet_id = '" + ANNEE + "'");
        assertEquals("rectorat", e.auteur());
        assertTrue(e.apres().getString("publieeLe").startsWith("20"), e.apres().toString());
    }

    @Test
    void requestStepsAndTheDasenDecisionAreJournaled() {
        Http chef = http().basic(CHEF, "test");
        Http dasen = http().basic("dasen.038", "test");
        HttpResponse<String> creee = chef.postJson("/api/demandes", "{\"annee\": \"" + ANNEE + "\", \"nature\": \"IMP_SUPPLEMENTAIRES\","
                + " \"quantite\": 1, \"justification\": \"Projet théâtre du collège\", \"deposer\": false}");
        assertEquals(201, creee.statusCode(), creee.body());
        long id = Json.objet(creee.body()).getJsonNumber("id").longValue();
        String demande = "objet = 'DEMANDE' AND objet_id = '" + id + "'";
        Entree creation = Entree.derniere(demande + " AND action = 'DEMANDE_CREEE'");
        creation.deRecente(CHEF, "Projet théâtre du collège");
        assertEquals("BROUILLON", creation.apres().getString("etat"));

        ok(chef.postJson("/api/demandes/" + id + "/depot", "{}"));
        Entree depot = Entree.derniere(demande + " AND action = 'DEMANDE_DEPOSEE'");
        assertEquals("BROUILLON", depot.avant().getString("etat"));
        assertEquals("DEPOSEE", depot.apres().getString("etat"));

        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        ok(chef.putBytes("/api/demandes/" + id + "/piece-jointe", "application/pdf", pdf));
        assertEquals(pdf.length, Entree.derniere(demande + " AND action = 'PIECE_JOINTE_AJOUTEE'").apres().getInt("octets"));

        ok(dasen.postJson("/api/demandes/" + id + "/instruction", "{}"));
        assertEquals("EN_INSTRUCTION", Entree.derniere(demande + " AND action = 'DEMANDE_INSTRUITE'").apres().getString("etat"));
        ok(dasen.postJson("/api/demandes/" + id + "/decision", "{\"quantiteAccordee\": 1, \"motif\": \"Projet retenu\"}"));
        Entree decision = Entree.derniere(demande + " AND action = 'DEMANDE_DECIDEE'");
        decision.deRecente("dasen.038", "Projet retenu");
        assertEquals("EN_INSTRUCTION", decision.avant().getString("etat"));
        assertEquals("ACCEPTEE", decision.apres().getString("etat"));
        assertEquals(1, decision.apres().getInt("quantiteAccordee"));
        // the quantity moved from the reserve to the envelope, each journaled with the decision's reason
        Entree reserve = Entree.derniere("action = 'RESERVE_MODIFIEE' AND objet_id = '" + ANNEE + "/038'");
        reserve.deRecente("dasen.038", "Décision du DASEN sur la demande n°" + id + " : Projet retenu");
        assertEquals(reserve.avant().getInt("imp") - 1, reserve.apres().getInt("imp"));
        Entree supplement = Entree.derniere("action = 'SUPPLEMENT_ACCORDE' AND objet_id = '" + ANNEE + "/" + UAI_038 + "'");
        assertEquals(supplement.avant().getInt("imp") + 1, supplement.apres().getInt("imp"));

        HttpResponse<String> conversion = chef.postJson("/api/demandes", "{\"annee\": \"" + ANNEE + "\", \"nature\": \"CONVERSION_DECHARGE\","
                + " \"quantite\": 1, \"justification\": \"Coordination\", \"deposer\": true}");
        long idConversion = Json.objet(conversion.body()).getJsonNumber("id").longValue();
        ok(dasen.postJson("/api/demandes/" + idConversion + "/decision", "{\"quantiteAccordee\": 1}"));
        Entree convertie = Entree.derniere("action = 'CONVERSION_DECHARGE' AND objet_id = '" + ANNEE + "/" + UAI_038 + "'");
        convertie.deRecente("dasen.038", "Décision du DASEN sur la demande n°" + idConversion);
        assertEquals(convertie.avant().getInt("imp") - 1, convertie.apres().getInt("imp"));
        assertEquals(convertie.avant().getInt("dechargeHeures") + 1, convertie.apres().getInt("dechargeHeures"));

        HttpResponse<String> autre = chef.postJson("/api/demandes", "{\"annee\": \"" + ANNEE + "\", \"nature\": \"IMP_SUPPLEMENTAIRES\","
                + " \"quantite\": 2, \"justification\": \"Second projet\", \"deposer\": true}");
        long second = Json.objet(autre.body()).getJsonNumber("id").longValue();
        ok(chef.postJson("/api/demandes/" + second + "/retrait", "{\"commentaire\": \"Projet reporté\"}"));
        Entree retrait = Entree.derniere("objet_id = '" + second + "' AND action = 'DEMANDE_RETIREE'");
        retrait.deRecente(CHEF, "Projet reporté");
        assertEquals("RETIREE", retrait.apres().getString("etat"));
    }

    @Test
    void referentielImportsAcceptedAndRefusedAreInTheJournalToo() {
        ok(rectorat.post("/api/imports/departements", "text/csv", "code;libelle\r\n038;Isère\r\n".getBytes(StandardCharsets.UTF_8)));
        Entree accepte = Entree.derniere("action = 'IMPORT_ACCEPTE' AND objet_id = 'departements'");
        accepte.deRecente("rectorat", null);
        assertEquals("departements.csv", accepte.apres().getString("fichier"));
        assertEquals(1, accepte.apres().getInt("inchanges"));
        HttpResponse<String> refuse = rectorat.post("/api/imports/etablissements", "text/csv",
                "uai;nature\r\n0389999Z;CLG\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refuse.statusCode(), refuse.body());
        Entree r = Entree.derniere("action = 'IMPORT_REFUSE' AND objet_id = 'etablissements'");
        r.deRecente("rectorat", null);
        assertTrue(r.apres().getInt("erreurs") > 0, r.apres().toString());
    }

    @Test
    void aDasenReadsHisDepartementOnlyAndOthersAreRefused() {
        ok(rectorat.put("/api/reserves/" + ANNEE + "/073", "{\"imp\": 1, \"motif\": \"Pour le périmètre\"}"));
        HttpResponse<String> r = http().basic("dasen.038", "test").get("/api/journal?taille=500");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject page = Json.objet(r.body());
        assertTrue(page.getInt("total") > 0, r.body());
        assertTrue(page.getJsonArray("elements").stream().map(JsonValue::asJsonObject)
                .allMatch(o -> "038".equals(o.getString("departement", null))), r.body());
        assertFalse(r.body().contains("Pour le périmètre"), r.body());
        assertEquals(403, http().basic("dasen.038", "test").get("/api/journal?departement=073").statusCode());
        assertEquals(403, http().basic("dasen.038", "test").get("/api/journal?uai=" + UAI_073).statusCode());
        assertEquals(403, http().basic("dasen.038", "test").get("/api/journal/csv?departement=073").statusCode());
        assertEquals(403, http().basic("chef.0380001v", "test").get("/api/journal").statusCode());
        assertEquals(403, http().basic("analyste", "test").get("/api/journal").statusCode());
        assertEquals(403, http().basic("analyste", "test").get("/api/journal/csv").statusCode());
        HttpResponse<String> tout = rectorat.get("/api/journal?objet=RESERVE&objetId=" + ANNEE + "/073");
        assertTrue(tout.body().contains("Pour le périmètre"), tout.body());
    }

    @Test
    void csvExportCarriesTheSelection() {
        ok(rectorat.put("/api/reserves/" + ANNEE + "/073", "{\"imp\": 3, \"motif\": \"=Export; \\\"CSV\\\"\"}"));
        HttpResponse<byte[]> r = rectorat.getBytes("/api/journal/csv?objet=RESERVE&objetId=" + ANNEE + "/073&auteur=rectorat");
        assertEquals(200, r.statusCode());
        String csv = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFhorodatage;auteur;role;action;objet;objet_id;annee_scolaire;departement;uai;avant;apres;motif"), csv);
        String[] lignes = csv.split("\r\n");
        assertTrue(lignes[1].contains(";rectorat;RECTORAT;RESERVE_MODIFIEE;RESERVE;" + ANNEE + "/073;" + ANNEE + ";073;;"), lignes[1]);
        assertTrue(lignes[1].endsWith("\"'=Export; \"\"CSV\"\"\""), "formule neutralisée : " + lignes[1]);
        assertTrue(csv.lines().skip(1).allMatch(l -> l.contains("RESERVE")), csv);
    }

    @Test
    void theAnalystReadsAnEnvelopeHistoryWithoutAuthorNorReason() {
        HttpResponse<String> analyste = http().basic("analyste", "test").get("/api/dotations/" + ANNEE + "/" + UAI_038 + "/historique");
        assertEquals(200, analyste.statusCode(), analyste.body());
        assertTrue(analyste.body().contains("partsApres"), analyste.body());
        assertFalse(analyste.body().contains("auteur") || analyste.body().contains("motif")
                || analyste.body().contains("rectorat"), analyste.body());
        HttpResponse<String> rect = rectorat.get("/api/dotations/" + ANNEE + "/" + UAI_038 + "/historique");
        assertTrue(rect.body().contains("\"auteur\":\"rectorat\""), rect.body());
    }

    @Test
    void failedLoginsAndRefusalsLeaveATrace() throws Exception {
        Http formulaire = http();
        formulaire.get("/");
        HttpResponse<String> echec = formulaire.postForm("/j_security_check", Map.of("j_username", "intrus.formulaire", "j_password", "x"));
        assertTrue(echec.body().contains("Identifiant ou mot de passe incorrect"), echec.body());
        Entree e = Entree.derniere("action = 'CONNEXION_ECHOUEE' AND auteur = 'intrus.formulaire'");
        e.deRecente("intrus.formulaire", "Identifiant ou mot de passe incorrect (formulaire)");
        assertNull(e.role());

        Http long300 = http();
        long300.get("/");
        long300.postForm("/j_security_check", Map.of("j_username", "x".repeat(300), "j_password", "x"));
        assertEquals("1", BaseDeTest.valeur("SELECT count(*) FROM securite.journal WHERE auteur = '" + "x".repeat(60) + "'"),
                "l'identifiant tenté, coupé à 60 caractères");
        assertEquals(401, http().basic("intrus.basic", "x").get("/api/etablissements").statusCode());

        assertEquals(403, http().basic("chef.0380001v", "test").get("/api/demandes/synthese?annee=" + ANNEE).statusCode());
        Entree refus = Entree.derniere("action = 'ACCES_REFUSE' AND auteur = 'chef.0380001v'");
        refus.deRecente("chef.0380001v", "Action non autorisée pour votre rôle.");
        assertEquals("GET /pacte/api/demandes/synthese", refus.objetId());
        assertEquals("CHEF_ETABLISSEMENT", refus.role());

        // a page the role may not open: the container's 403
        Http analyste = http().connexion("analyste", "test");
        analyste.get("/journal.xhtml");
        Entree page = Entree.derniere("action = 'ACCES_REFUSE' AND auteur = 'analyste'");
        page.deRecente("analyste", "HTTP 403");
        assertTrue(page.objetId().endsWith("/pacte/journal.xhtml"), page.objetId());
        assertTrue(Integer.parseInt(compter("action = 'CONNEXION' AND auteur = 'analyste'")) >= 1);

        // and Elytron's own audit log, in the server's log directory
        Path audit = Path.of(System.getProperty("jboss.home"), "standalone", "log", "pacte-audit.log");
        String log = Files.readString(audit, StandardCharsets.UTF_8);
        assertTrue(log.contains("\"event\":\"SecurityAuthenticationFailedEvent\"") && log.contains("\"principal\":\"intrus.formulaire\""), log);
        assertTrue(log.contains("\"principal\":\"intrus.basic\""), "l'échec Basic est dans le journal d'Elytron : " + log);
        assertTrue(log.contains("\"event\":\"SecurityAuthenticationSuccessfulEvent\""), log);
    }

    @Test
    void aJournalRowCanBeNeitherUpdatedNorDeleted() {
        String id = BaseDeTest.valeur("SELECT max(id) FROM securite.journal");
        SQLException maj = assertThrows(SQLException.class, () -> sql("UPDATE securite.journal SET motif = 'effacé' WHERE id = " + id));
        assertTrue(maj.getMessage().contains("ajout seul"), maj.getMessage());
        SQLException sup = assertThrows(SQLException.class, () -> sql("DELETE FROM securite.journal WHERE id = " + id));
        assertTrue(sup.getMessage().contains("ajout seul"), sup.getMessage());
    }

    static String compter(String condition) {
        return BaseDeTest.valeur("SELECT count(*) FROM securite.journal WHERE " + condition);
    }

    static void sql(String sql) throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    static void ok(HttpResponse<?> r) {
        assertEquals(200, r.statusCode(), () -> r.body() instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(r.body()));
    }

    /** The newest journal row matching a condition, read in SQL. */
    record Entree(String auteur, String role, String objetId, String uai, String departement, String avantJson,
                  String apresJson, String motif, boolean recente) {

        static Entree derniere(String condition) {
            String sql = "SELECT auteur, role, objet_id, uai, departement_code, avant::text, apres::text, motif,"
                    + " horodatage > now() - interval '2 minutes' FROM securite.journal WHERE " + condition
                    + " ORDER BY id DESC LIMIT 1";
            try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery(sql)) {
                assertTrue(rs.next(), "aucune entrée du journal : " + condition);
                return new Entree(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9));
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        void deRecente(String auteurAttendu, String motifAttendu) {
            assertEquals(auteurAttendu, auteur);
            assertEquals(motifAttendu, motif);
            assertTrue(recente, "horodatage récent");
        }

        JsonValue json(String colonne) {
            String texte = colonne.equals("avant") ? avantJson : apresJson;
            return texte == null ? JsonValue.NULL : Json.structure(texte);
        }

        JsonObject avant() {
            return json("avant").asJsonObject();
        }

        JsonObject apres() {
            return json("apres").asJsonObject();
        }
    }
}
