package fr.pacte.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attribution rules as the seeds say them (issue 15, point 3 and the 6e missions of point 4), through the REST
 * API and the import. Own data: département 082, campaign 2113-2114, établissements 08200xx, personnels RGL….
 */
class ReglesTextesIT extends PacteIT {

    private static final String ANNEE = "2113-2114";
    private static final String CLG = "0820001F";
    private static final String LP = "0820002G";
    private static final String ECOLE = "0820003H";
    private static final String EREA = "0820004J";
    private static final String LPO = "0820005K";
    private static final String ENTETE = "annee_scolaire;uai;identifiant;dispositif;code_mission;parts;taux_imp;heures;date_debut;date_fin;modalite\n";

    @BeforeAll
    static void donnees() throws Exception {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.departement (code, libelle) VALUES ('082', 'Tarn-et-Garonne') ON CONFLICT DO NOTHING");
            s.execute("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut) VALUES ('" + ANNEE
                    + "', '2113-09-01', '2114-08-31', 'PREPARATION') ON CONFLICT DO NOTHING");
            etablissement(s, CLG, "CLG", "Collège des Règles");
            etablissement(s, LP, "LP", "Lycée professionnel des Règles");
            etablissement(s, ECOLE, "ECOLE", "École des Règles");
            etablissement(s, EREA, "EREA", "EREA des Règles");
            etablissement(s, LPO, "LPO", "Lycée polyvalent des Règles");
            personnel(s, "RGL0000000001", "PLP", LP);
            personnel(s, "RGL0000000002", "PLP", EREA);
            personnel(s, "RGL0000000003", "PLP", LPO);
            personnel(s, "RGL0000000004", "PE", ECOLE);
            personnel(s, "RGL0000000005", "PE", ECOLE);
            personnel(s, "RGL0000000006", "CERTIFIE", CLG);
            personnel(s, "RGL0000000007", "CERTIFIE", CLG);
            // everyone volunteers at his affectation except RGL…6 and RGL…7 (the volunteering tests)
            s.execute("INSERT INTO mission.volontaire (annee_scolaire, uai, identifiant, declare_le, declare_par)"
                    + " SELECT '" + ANNEE + "', uai_affectation, identifiant, now(), 'test' FROM referentiel.personnel"
                    + " WHERE identifiant LIKE 'RGL%' AND identifiant NOT IN ('RGL0000000006', 'RGL0000000007')"
                    + " ON CONFLICT DO NOTHING");
        }
        Http rectorat = rectorat();
        ok(rectorat.put("/api/allocations/" + ANNEE, "{\"PREMIER_DEGRE\": 40, \"SECOND_DEGRE\": 200, \"VOIE_PRO\": 200, \"IMP\": 60}"));
        for (String uai : new String[]{CLG, LP, ECOLE, EREA, LPO}) {
            ok(rectorat.put("/api/dotations/" + ANNEE + "/" + uai, "{\"parts\": 20, \"imp\": 6, \"version\": 0}"));
        }
        ok(rectorat.postJson("/api/dotations/" + ANNEE + "/publication", "{}"));
    }

    /** Seed 003: « Ces missions seront accomplies au sein d'un collège ou d'un lycée » — a lycée professionnel is a lycée. */
    @Test
    void imp_accomplies_au_sein_d_un_college_ou_d_un_lycee_donc_en_LP() {
        HttpResponse<String> r = rectorat().postJson("/api/attributions", imp(LP, "RGL0000000001", "IMP-REF-NUMERIQUE"));
        assertEquals(201, r.statusCode(), r.body());
    }

    /** Seed 003, décret 2017-965 (1er degré): IMP in an école only where the campaign allows them. */
    @Test
    void imp_du_decret_2017_965_en_ecole_seulement_si_la_campagne_le_permet() throws Exception {
        HttpResponse<String> refus = rectorat().postJson("/api/attributions", imp(ECOLE, "RGL0000000005", "IMP-REF-CULTURE"));
        assertEquals(422, refus.statusCode(), refus.body());
        assertTrue(refus.body().contains("nature ECOLE"), refus.body());
        sql("UPDATE referentiel.campagne SET imp_premier_degre = true WHERE annee_scolaire = '" + ANNEE + "'");
        try {
            HttpResponse<String> r = rectorat().postJson("/api/attributions", imp(ECOLE, "RGL0000000005", "IMP-REF-CULTURE"));
            assertEquals(201, r.statusCode(), r.body());
        } finally {
            sql("UPDATE referentiel.campagne SET imp_premier_degre = false WHERE annee_scolaire = '" + ANNEE + "'");
        }
    }

    /** Seeds 001/002: « jusqu'à six parts fonctionnelles … jusqu'à 7 500 € » is one person's Pacte, all voies together. */
    @Test
    void jusqu_a_six_parts_fonctionnelles_par_personne_toutes_voies_confondues_en_LPO() {
        Http r = rectorat();
        assertEquals(201, r.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, LPO, "RGL0000000003", "P2-DEVOIRS-FAITS", "3", "72")).statusCode());
        assertEquals(201, r.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, LPO, "RGL0000000003", "LP-OPTIONS", "3", "72")).statusCode());
        HttpResponse<String> septieme = r.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, LPO, "RGL0000000003", "LP-TUTORAT", "1", null));
        assertEquals(422, septieme.statusCode(), septieme.body());
        assertTrue(septieme.body().contains("plafond personnel dépassé : RGL0000000003 aurait 7 parts dans la campagne"), septieme.body());
        assertEquals("6", BaseDeTest.valeur("SELECT sum(parts)::int FROM mission.attribution WHERE identifiant = 'RGL0000000003' AND NOT annulee"));
    }

    /** Seed 002: « Des missions spécifiques pour les établissements régionaux d'enseignement adapté et les lycées professionnels ». */
    @Test
    void missions_specifiques_pour_les_etablissements_regionaux_d_enseignement_adapte() {
        HttpResponse<String> r = rectorat().postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, EREA, "RGL0000000002", "LP-OPTIONS", "1", "24"));
        assertEquals(201, r.statusCode(), r.body());
    }

    /** Seed 002: « sur la base du volontariat »; seed 003: « à un ou plusieurs enseignants (ou CPE) volontaires ». */
    @Test
    void sur_la_base_du_volontariat_par_l_API() {
        Http r = rectorat();
        String corps = EnveloppesSuivi.pacte(ANNEE, CLG, "RGL0000000006", "P2-DEVOIRS-FAITS", "1", "24");
        HttpResponse<String> refus = r.postJson("/api/attributions", corps);
        assertEquals(422, refus.statusCode(), refus.body());
        assertTrue(refus.body().contains("RGL0000000006 ne s'est pas déclaré volontaire pour 2113-2114 : enregistrez son volontariat dans Répartition"), refus.body());
        HttpResponse<String> declare = r.put("/api/suivi/" + ANNEE + "/" + CLG + "/volontaires/RGL0000000006", "{\"volontaire\": true}");
        assertEquals(200, declare.statusCode(), declare.body());
        HttpResponse<String> ok = r.postJson("/api/attributions", corps);
        assertEquals(201, ok.statusCode(), ok.body());
    }

    /** The same rule through the attributions file (one place for every entry point). */
    @Test
    void sur_la_base_du_volontariat_par_l_import() {
        String fichier = ENTETE + ANNEE + ";" + CLG + ";RGL0000000007;PACTE;P2-DEVOIRS-FAITS;1;;24;01/09/2113;30/06/2114;ANNUELLE\n";
        HttpResponse<String> r = rectorat().post("/api/imports/attributions", "text/csv", fichier.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.body().contains("RGL0000000007 ne s'est pas déclaré volontaire pour 2113-2114"), r.statusCode() + " " + r.body());
        assertEquals("0", BaseDeTest.valeur("SELECT count(*) FROM mission.attribution WHERE identifiant = 'RGL0000000007'"));
    }

    /**
     * Seed 001: the 6e session « à définir sur une période choisie par le chef d'établissement en lien avec
     * l'inspecteur de l'éducation nationale », by a professeur des écoles: given by the collège, in its envelope.
     */
    @Test
    void soutien_en_sixieme_choisi_par_le_chef_d_etablissement_en_lien_avec_l_IEN_pour_un_professeur_des_ecoles() {
        Http r = rectorat();
        HttpResponse<String> ok = r.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, CLG, "RGL0000000004", "P1-SOUTIEN-6E", "1", "18"));
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals(CLG, BaseDeTest.valeur("SELECT uai FROM mission.attribution WHERE identifiant = 'RGL0000000004' AND code_mission = 'P1-SOUTIEN-6E'"));
        // only the 6e missions: the other premier degré missions stay in the écoles
        HttpResponse<String> autre = r.postJson("/api/attributions", EnveloppesSuivi.pacte(ANNEE, CLG, "RGL0000000004", "P1-STAGES-REUSSITE", "1", "24"));
        assertEquals(422, autre.statusCode(), autre.body());
        assertTrue(autre.body().contains("nature CLG"), autre.body());
    }

    private static String imp(String uai, String identifiant, String mission) {
        return "{\"annee\": \"" + ANNEE + "\", \"uai\": \"" + uai + "\", \"identifiant\": \"" + identifiant
                + "\", \"dispositif\": \"IMP\", \"codeMission\": \"" + mission + "\", \"tauxImp\": \"002\""
                + ", \"dateDebut\": \"2113-09-01\", \"dateFin\": \"2114-06-30\", \"modalite\": \"ANNUELLE\"}";
    }

    private static void etablissement(Statement s, String uai, String nature, String nom) throws Exception {
        s.execute("INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire,"
                + " departement_code, commune, secteur, education_prioritaire, recherche) VALUES ('" + uai + "', '" + nature
                + "', '" + nom + "', '', '082', 'Montauban', 'PU', '', '" + uai.toLowerCase() + "') ON CONFLICT DO NOTHING");
    }

    private static void personnel(Statement s, String id, String corps, String uai) throws Exception {
        s.execute("INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps,"
                + " discipline, uai_affectation, recherche) VALUES ('" + id + "', 'Mme', 'Règle', 'Claire', 'F',"
                + " '1980-01-01', '" + corps + "', 'Lettres', '" + uai + "', 'regle claire " + id.toLowerCase() + "') ON CONFLICT DO NOTHING");
    }

    private static void sql(String sql) throws Exception {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Http rectorat() {
        return http().basic("rectorat", "test");
    }

    private static void ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
    }
}
