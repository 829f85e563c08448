package fr.pacte.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The audit trail of the mission module (issue 14, point 4): every change of an attribution, of its suivi and of a
 * letter leaves one journal row with who, when, before, after and the reason, read here in SQL. Campaign 2093-2094,
 * the LP 0383931S, personnels JMI… and their accounts are this class's own (created below).
 */
class JournalMissionIT extends PacteIT {

    private static final String ANNEE = "2093-2094";
    private static final String UAI = "0383931S";
    private static final String CHEF = "chef.0383931s";
    private static final String AGENT = "personnel.jmi05";

    @BeforeAll
    static void donnees() throws SQLException {
        String hash = "'$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO'";
        StringBuilder sql = new StringBuilder("""
                INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut)
                VALUES ('2093-2094', '2093-09-01', '2094-08-31', 'PREPARATION');
                -- the journal is tested here, not volunteering (ReglesTextesIT)
                UPDATE referentiel.campagne SET volontariat_requis = false WHERE annee_scolaire = '2093-2094';
                INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire,
                       departement_code, commune, secteur, education_prioritaire, recherche)
                VALUES ('0383931S', 'LP', 'Lycée professionnel Olympe-Audouard', '', '038', 'Vizille', 'PU', '',
                        'lycee professionnel olympe-audouard  vizille 0383931s');
                """);
        for (int i = 1; i <= 7; i++) {
            sql.append("INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps,"
                    + " discipline, uai_affectation, recherche) VALUES ('").append(jmi(i)).append("', 'Mme', 'Journal")
                    .append(i).append("', 'Anne', 'F', '1980-01-01', 'PLP', 'Lettres-histoire', '0383931S', 'journal")
                    .append(i).append(" anne ").append(jmi(i).toLowerCase()).append("');\n");
        }
        sql.append("INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche, identifiant) VALUES ('")
                .append(CHEF).append("', ").append(hash).append(", 'CHEF_ETABLISSEMENT', NULL, '0383931S', 'Proviseure du LP Olympe-Audouard', NULL),")
                .append(" ('").append(AGENT).append("', ").append(hash).append(", 'PERSONNEL', NULL, NULL, 'Anne Journal5', '")
                .append(jmi(5)).append("');");
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql.toString());
        }
        EnveloppesSuivi.publier(ANNEE, UAI, 20, 0);
    }

    @Test
    void anAttributionCreatedThroughTheApiIsJournaledWithItsFields() {
        long id = attribuer(1, "LP-RCD", "18");
        String entree = entree("ATTRIBUTION_CREEE", "ATTRIBUTION", id);
        assertEquals(CHEF + "|CHEF_ETABLISSEMENT|" + ANNEE + "|" + UAI + "|038|true", entree);
        assertEquals("JMI0000000001|LP-RCD|PACTE|1|18|2093-09-01|2094-06-30|ANNUELLE|false",
                champ("ATTRIBUTION_CREEE", id, "apres->>'identifiant' || '|' || (apres->>'codeMission') || '|' ||"
                        + " (apres->>'dispositif') || '|' || (apres->>'parts')::numeric::int || '|' || (apres->>'heures')::numeric::int"
                        + " || '|' || (apres->>'dateDebut') || '|' || (apres->>'dateFin') || '|' || (apres->>'modalite')"
                        + " || '|' || (apres->>'annulee')"));
        assertNull(champ("ATTRIBUTION_CREEE", id, "avant::text"));
    }

    @Test
    void aCancellationKeepsWhoAndWhenAndIsJournaledOnce() {
        long id = attribuer(2, "LP-OPTIONS", "24");
        assertEquals(200, chef().postJson("/api/attributions/" + id + "/annulation", "{}").statusCode());
        assertEquals(CHEF + "|CHEF_ETABLISSEMENT|" + ANNEE + "|" + UAI + "|038|true", entree("ATTRIBUTION_ANNULEE", "ATTRIBUTION", id));
        assertEquals("false|true|1", champ("ATTRIBUTION_ANNULEE", id,
                "(avant->>'annulee') || '|' || (apres->>'annulee') || '|' || (apres->>'parts')::numeric::int"));
        chef().postJson("/api/attributions/" + id + "/annulation", "{}");
        assertEquals("1", compter("ATTRIBUTION_ANNULEE", id), "a second cancellation changes nothing");
    }

    @Test
    void aRedeploiementIsJournaledOnBothAttributionsWithTheHoursAndTheMotif() {
        long source = attribuer(3, "LP-RCD", "18");
        long cible = attribuer(3, "LP-OPTIONS", "24"); // the same agent: the default of V18
        HttpResponse<String> r = chef().postJson("/api/suivi/attributions/" + source + "/redeploiement",
                "{\"cible\": " + cible + ", \"heures\": 8, \"motif\": \"Peu d'absences à remplacer\"}");
        assertEquals(200, r.statusCode(), r.body());
        for (long id : new long[]{source, cible}) {
            assertEquals(CHEF + "|CHEF_ETABLISSEMENT|" + ANNEE + "|" + UAI + "|038|true", entree("REDEPLOIEMENT", "ATTRIBUTION", id));
            assertEquals("Peu d'absences à remplacer", champ("REDEPLOIEMENT", id, "motif"));
            assertEquals(source + "|18|10|" + cible + "|24|32|8", champ("REDEPLOIEMENT", id,
                    "(apres->>'source') || '|' || (avant->>'heuresSource')::numeric::int || '|' || (apres->>'heuresSource')::numeric::int"
                            + " || '|' || (apres->>'cible') || '|' || (avant->>'heuresCible')::numeric::int || '|'"
                            + " || (apres->>'heuresCible')::numeric::int || '|' || (apres->>'heures')::numeric::int"));
        }
    }

    @Test
    void everyRecordOfHoursDoneIsKeptWithTheValueBefore() {
        long id = attribuer(6, "LP-RCD", "18");
        assertEquals(200, chef().put("/api/suivi/attributions/" + id + "/heures-faites", "{\"heures\": 10}").statusCode());
        assertEquals(200, http().basic("rectorat", "test")
                .put("/api/suivi/attributions/" + id + "/heures-faites", "{\"heures\": 12}").statusCode());
        assertEquals("2", compter("HEURES_FAITES", id), "the upsert keeps the last author, the journal both");
        assertEquals("rectorat|RECTORAT|" + ANNEE + "|" + UAI + "|038|true", entree("HEURES_FAITES", "SUIVI_HEURES", id));
        assertEquals("10|12", champ("HEURES_FAITES", id,
                "(avant->>'heuresFaites')::numeric::int || '|' || (apres->>'heuresFaites')::numeric::int"));
        assertEquals("0|10|" + CHEF, valeur("SELECT (avant->>'heuresFaites')::numeric::int || '|' || (apres->>'heuresFaites')::numeric::int"
                + " || '|' || auteur FROM securite.journal WHERE action = 'HEURES_FAITES' AND objet_id = '" + id + "' ORDER BY id LIMIT 1"));
    }

    @Test
    void aBilanRewrittenKeepsTheFormerText() {
        long id = attribuer(6, "LP-TUTORAT", null);
        String chemin = "/api/suivi/attributions/" + id + "/bilan";
        assertEquals(200, chef().put(chemin, "{\"texte\": \"8 élèves tutorés.\"}").statusCode());
        assertEquals(200, chef().put(chemin, "{\"texte\": \"9 élèves tutorés ; 1 raccroché.\"}").statusCode());
        assertEquals(CHEF + "|CHEF_ETABLISSEMENT|" + ANNEE + "|" + UAI + "|038|true", entree("BILAN_MODIFIE", "BILAN", id));
        assertEquals("8 élèves tutorés.|9 élèves tutorés ; 1 raccroché.|chef d'établissement", champ("BILAN_MODIFIE", id,
                "(avant->>'texte') || '|' || (apres->>'texte') || '|' || (apres->>'destinataire')"));
        assertEquals("t", valeur("SELECT avant IS NULL FROM securite.journal WHERE action = 'BILAN_MODIFIE' AND objet_id = '"
                + id + "' ORDER BY id LIMIT 1"), "no bilan before the first one");
    }

    @Test
    void theDatesOfTheConseilsAreJournaledBeforeAndAfter() {
        String chemin = "/api/suivi/" + ANNEE + "/" + UAI + "/conseils";
        assertEquals(200, chef().put(chemin, "{\"conseilPedagogique\": \"2093-03-12\", \"conseilAdministration\": \"2093-03-26\"}").statusCode());
        assertEquals(200, chef().put(chemin, "{\"conseilPedagogique\": \"2093-03-12\", \"conseilAdministration\": \"2093-04-02\"}").statusCode());
        assertEquals(CHEF + "|CHEF_ETABLISSEMENT|" + ANNEE + "|" + UAI + "|038|true", entree("CONSEILS_MODIFIES", "CONSEILS", UAI));
        assertEquals("2093-03-12|2093-03-26|2093-03-12|2093-04-02", champ("CONSEILS_MODIFIES", UAI,
                "(avant->>'conseilPedagogique') || '|' || (avant->>'conseilAdministration') || '|' ||"
                        + " (apres->>'conseilPedagogique') || '|' || (apres->>'conseilAdministration')"));
    }

    @Test
    void aVolunteerMarkedOnThenOffIsJournaledOnlyWhenItChanges() {
        String chemin = "/api/suivi/" + ANNEE + "/" + UAI + "/volontaires/" + jmi(7);
        assertEquals(200, chef().put(chemin, "{\"volontaire\": true}").statusCode());
        assertEquals(200, chef().put(chemin, "{\"volontaire\": true}").statusCode());
        assertEquals(200, chef().put(chemin, "{\"volontaire\": false}").statusCode());
        assertEquals("1", compter("VOLONTAIRE_AJOUTE", jmi(7)), "marking twice is one change");
        assertEquals(CHEF + "|CHEF_ETABLISSEMENT|" + ANNEE + "|" + UAI + "|038|true", entree("VOLONTAIRE_RETIRE", "VOLONTAIRE", jmi(7)));
        assertEquals("false|true", champ("VOLONTAIRE_AJOUTE", jmi(7), "(avant->>'volontaire') || '|' || (apres->>'volontaire')"));
        assertEquals("true|false", champ("VOLONTAIRE_RETIRE", jmi(7), "(avant->>'volontaire') || '|' || (apres->>'volontaire')"));
    }

    @Test
    void signatureAcceptanceAndAvenantOfALetterAreJournaled() {
        String lettre = "/api/lettres/" + ANNEE + "/" + UAI + "/" + jmi(5);
        attribuer(5, "LP-TUTORAT", null);
        assertEquals(200, chef().postJson(lettre + "/signature", "{}").statusCode());
        assertEquals(CHEF + "|CHEF_ETABLISSEMENT|" + ANNEE + "|" + UAI + "|038|true", entree("LETTRE_SIGNEE", "LETTRE", jmi(5)));
        assertEquals("1|BROUILLON|1|SIGNEE", etats("LETTRE_SIGNEE", "ORDER BY id DESC"));

        HttpResponse<String> acceptee = http().basic(AGENT, "test").postJson(lettre + "/acceptation", "{}");
        assertEquals(200, acceptee.statusCode(), acceptee.body());
        assertEquals(AGENT + "|PERSONNEL|" + ANNEE + "|" + UAI + "|038|true", entree("LETTRE_ACCEPTEE", "LETTRE", jmi(5)));
        assertEquals("1|SIGNEE|1|ACCEPTEE", etats("LETTRE_ACCEPTEE", "ORDER BY id DESC"));
        assertNull(champ("LETTRE_ACCEPTEE", jmi(5), "motif"));

        attribuer(5, "LP-RCD", "18");
        assertEquals(CHEF + "|CHEF_ETABLISSEMENT|" + ANNEE + "|" + UAI + "|038|true", entree("AVENANT_OUVERT", "LETTRE", jmi(5)));
        assertEquals("1|ACCEPTEE|2|BROUILLON", etats("AVENANT_OUVERT", "ORDER BY id DESC"));

        assertEquals(200, chef().postJson(lettre + "/signature", "{}").statusCode());
        assertEquals(200, chef().postJson(lettre + "/acceptation", "{}").statusCode());
        assertEquals(CHEF + "|CHEF_ETABLISSEMENT|" + ANNEE + "|" + UAI + "|038|true", entree("LETTRE_ACCEPTEE", "LETTRE", jmi(5)));
        assertEquals("2|SIGNEE|2|ACCEPTEE", etats("LETTRE_ACCEPTEE", "ORDER BY id DESC"));
        assertEquals("acceptation de l'agent enregistrée par le chef d'établissement", champ("LETTRE_ACCEPTEE", jmi(5), "motif"));
    }

    @Test
    void aBulkLotOfLettersIsJournaled() {
        HttpResponse<String> r = chef().postJson("/api/lettres/lots", "{\"annee\": \"" + ANNEE + "\", \"uai\": \"" + UAI + "\"}");
        assertEquals(202, r.statusCode(), r.body());
        long id = Json.objet(r.body()).getJsonNumber("id").longValue();
        assertEquals(CHEF + "|CHEF_ETABLISSEMENT|" + ANNEE + "|" + UAI + "|038|true", entree("LOT_DEMANDE", "LOT_LETTRES", id));
        assertEquals(UAI, champ("LOT_DEMANDE", id, "apres->>'uai'"));
    }

    @Test
    void anImportIsJournaledOnceWithItsCountsAndOncePerAttributionItCreated() {
        String entete = "annee_scolaire;uai;identifiant;dispositif;code_mission;parts;taux_imp;heures;date_debut;date_fin;modalite\n";
        String lignes = ANNEE + ";" + UAI + ";" + jmi(7) + ";PACTE;LP-RCD;1;;18;01/09/2093;30/06/2094;ANNUELLE\n"
                + ANNEE + ";" + UAI + ";" + jmi(7) + ";PACTE;LP-TUTORAT;1;;;01/09/2093;30/06/2094;ANNUELLE\n";
        HttpResponse<String> refuse = importer("jmission-refuse.csv", entete + lignes
                + ANNEE + ";" + UAI + ";" + jmi(7) + ";PACTE;LP-INCONNUE;1;;;01/09/2093;30/06/2094;ANNUELLE\n");
        assertEquals(422, refuse.statusCode(), refuse.body());
        assertEquals("0", valeur("SELECT count(*) FROM securite.journal WHERE objet_id = 'jmission-refuse.csv'"
                + " OR (action = 'ATTRIBUTION_CREEE' AND apres->>'identifiant' = '" + jmi(7) + "')"), "a refused import writes nothing");

        HttpResponse<String> r = importer("jmission.csv", entete + lignes);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("rectorat|RECTORAT|" + ANNEE + "|||true", entree("IMPORT_ATTRIBUTIONS", "IMPORT", "jmission.csv"));
        assertEquals("ATTRIBUTIONS|jmission.csv|2|[\"" + ANNEE + "\"]", champ("IMPORT_ATTRIBUTIONS", "jmission.csv",
                "(apres->>'type') || '|' || (apres->>'fichier') || '|' || (apres->>'crees') || '|' || (apres->'annees')::text"));
        assertEquals("2|rectorat", valeur("SELECT count(*) || '|' || min(auteur) FROM securite.journal WHERE action = 'ATTRIBUTION_CREEE'"
                + " AND uai = '" + UAI + "' AND apres->>'identifiant' = '" + jmi(7) + "'"));
    }

    /** The import API with the file's name in its header, as the rectorat's tools send it. */
    private static HttpResponse<String> importer(String nom, String csv) {
        HttpRequest requete = HttpRequest.newBuilder(URI.create(BASE + "/api/imports/attributions"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("rectorat:test".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv").header("X-Nom-Fichier", nom)
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        try {
            return HttpClient.newHttpClient().send(requete, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Who (login and role), for which campaign and établissement, and whether it was written in the last minute. */
    private static String entree(String action, String objet, Object objetId) {
        return valeur("SELECT auteur || '|' || coalesce(role, '') || '|' || coalesce(annee_scolaire, '') || '|'"
                + " || coalesce(uai, '') || '|' || coalesce(departement_code, '') || '|'"
                + " || (horodatage > now() - interval '1 minute' AND horodatage <= now())"
                + " FROM securite.journal WHERE action = '" + action + "' AND objet = '" + objet + "' AND objet_id = '" + objetId
                + "' ORDER BY id DESC LIMIT 1");
    }

    /** An expression over the newest entry of this action on this object. */
    private static String champ(String action, Object objetId, String expression) {
        return valeur("SELECT " + expression + " FROM securite.journal WHERE action = '" + action + "' AND objet_id = '"
                + objetId + "' ORDER BY id DESC LIMIT 1");
    }

    private static String etats(String action, String ordre) {
        return valeur("SELECT (avant->>'version') || '|' || (avant->>'etat') || '|' || (apres->>'version') || '|' || (apres->>'etat')"
                + " FROM securite.journal WHERE action = '" + action + "' AND objet_id = '" + jmi(5) + "' " + ordre + " LIMIT 1");
    }

    private static String compter(String action, Object objetId) {
        return valeur("SELECT count(*) FROM securite.journal WHERE action = '" + action + "' AND objet_id = '" + objetId + "'");
    }

    private static String valeur(String sql) {
        return BaseDeTest.valeur(sql);
    }

    private static long attribuer(int personnel, String mission, String heures) {
        HttpResponse<String> r = chef().postJson("/api/attributions",
                EnveloppesSuivi.pacte(ANNEE, UAI, jmi(personnel), mission, "1", heures));
        assertEquals(201, r.statusCode(), r.body());
        return Json.objet(r.body()).getJsonNumber("id").longValue();
    }

    private static String jmi(int i) {
        return String.format("JMI%010d", i);
    }

    private static Http chef() {
        return http().basic(CHEF, "test");
    }
}
