package fr.pacte.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * History as it was (issue 18, point 2): the rectorat closes a campaign, later a teacher changes corps and
 * affectation, another one leaves and an établissement joins the éducation prioritaire; reloading the closed year
 * into the warehouse gives the same report, cell for cell, as the load made when it closed.
 */
class HistoireEntrepotIT extends PacteIT {

    private static final String ANNEE = "2181-2182";
    private static final String ANALYSTE = "analyste";

    private final Http rectorat = http().basic("rectorat", "test");

    @BeforeAll
    static void donnees() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.departement (code, libelle) VALUES ('077', 'Seine-et-Marne') ON CONFLICT DO NOTHING");
            s.execute("""
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, departement_code, commune,
                                                           secteur, recherche)
                    VALUES ('0770101H', 'CLG', 'Collège Histoire', '077', 'Melun', 'PU', 'college histoire'),
                           ('0770102J', 'LYC', 'Lycée Histoire', '077', 'Meaux', 'PU', 'lycee histoire')
                    ON CONFLICT DO NOTHING""");
            // 40 teachers, half in each établissement
            s.execute("""
                    INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps,
                                                       discipline, uai_affectation, recherche)
                    SELECT 'HIST' || lpad(i::text, 6, '0'), CASE WHEN i % 3 = 0 THEN 'M.' ELSE 'Mme' END, 'Histoire' || i,
                           'Agent', CASE WHEN i % 3 = 0 THEN 'M' ELSE 'F' END, date '1970-01-01' + i * 200, 'CERTIFIE',
                           'Histoire-géographie', CASE WHEN i <= 20 THEN '0770101H' ELSE '0770102J' END, 'histoire' || i
                      FROM generate_series(1, 40) i
                    ON CONFLICT DO NOTHING""");
        }
    }

    @Test
    void aClosedYearReloadedGivesTheReportItHadWhenItClosed() throws SQLException {
        JsonObject creee = objet(201, rectorat.postJson("/api/campagnes", "{\"annee\": \"" + ANNEE + "\"}"));
        JsonObject ouverte = objet(200, rectorat.postJson("/api/campagnes/" + ANNEE + "/ouverture?version=" + version(creee), "{}"));
        missions();
        objet(200, rectorat.postJson("/api/campagnes/" + ANNEE + "/cloture?version=" + version(ouverte), "{}"));

        Entrepot.chargerJusquAuBout(ANALYSTE, List.of(ANNEE));
        JsonArray aLaCloture = tableaux();
        // T23: 24 missions, 864 hours planned, 6 moved, ten recorded with 340 hours done (2 fewer each)
        JsonArray heures = ligne(aLaCloture, "T23", "Ensemble");
        double[] attendu = {24, 864, 6, 6, 10, 340, 94.4};
        for (int i = 0; i < attendu.length; i++) {
            assertEquals(attendu[i], heures.getJsonNumber(i).doubleValue(), 1e-9, "T23 colonne " + i + " : " + heures);
        }
        JsonArray departementALaCloture = tableaux("?departement=077");
        // issue 19: the report was computed once at the end of the load and stored — every version of the linked set
        // of the DEPP's population (unfiltered, each département, nature and secteur); reading it computes nothing:
        // with the campaign's facts gone from the warehouse (same warehouse state) the report reads the same
        String publiees = BaseDeTest.valeur("SELECT count(*) || ' ' || count(*) FILTER (WHERE dimension = '')"
                + " FROM entrepot.rapport_publie WHERE annee_scolaire = '" + ANNEE + "' AND population = 'ENSEIGNANTS_2D'");
        assertEquals(Integer.parseInt(BaseDeTest.valeur("SELECT 1 + count(DISTINCT departement_code) + count(DISTINCT nature)"
                + " + count(DISTINCT secteur) FROM entrepot.dim_etablissement WHERE annee_scolaire = '" + ANNEE + "'")) + " 1",
                publiees, "versions publiées à la fin du chargement");
        BaseDeTest.valeur("WITH d AS (DELETE FROM entrepot.fait_attribution WHERE annee_scolaire = '" + ANNEE
                + "' RETURNING 1) SELECT count(*) FROM d");
        assertEquals(aLaCloture.toString(), tableaux().toString(), "le rapport est lu tel qu'il a été publié");
        assertEquals(departementALaCloture.toString(), tableaux("?departement=077").toString());
        assertEquals(422, http().basic(ANALYSTE, "test").get("/api/entrepot/rapports/" + ANNEE + "?departement=999").statusCode(),
                "un département sans établissement dans la campagne n'est pas une tranche publiée");

        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            // HIST000001 held a mission in the collège: now an agrégé of the lycée
            s.execute("UPDATE referentiel.personnel SET corps = 'AGREGE', uai_affectation = '0770102J' WHERE identifiant = 'HIST000001'");
            s.execute("DELETE FROM referentiel.personnel WHERE identifiant = 'HIST000040'");
            s.execute("UPDATE referentiel.etablissement SET education_prioritaire = 'REP' WHERE uai = '0770101H'");
        }
        Entrepot.chargerJusquAuBout(ANALYSTE, List.of(ANNEE));

        assertEquals(aLaCloture.toString(), tableaux().toString(), "chaque cellule du rapport est inchangée");
        assertEquals(departementALaCloture.toString(), tableaux("?departement=077").toString());
        assertNotEquals("CERTIFIE", BaseDeTest.valeur("SELECT corps FROM referentiel.personnel WHERE identifiant = 'HIST000001'"),
                "le référentiel d'aujourd'hui, lui, a changé");
        assertEquals("CERTIFIE 0770101H", BaseDeTest.valeur("SELECT corps || ' ' || uai_affectation FROM referentiel.personnel_annee"
                + " WHERE annee_scolaire = '" + ANNEE + "' AND identifiant = 'HIST000001'"), "l'instantané pris à la clôture");
    }

    /** Pacte parts for the first 24 teachers, an IMP for every third, one décharge. */
    private static void missions() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue) VALUES ('%1$s', 'SECOND_DEGRE', 1000), ('%1$s', 'IMP', 100)
                    ON CONFLICT DO NOTHING;
                    INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp, decharge_heures)
                    VALUES ('%1$s', '0770101H', 'SECOND_DEGRE', 100, 20, 6), ('%1$s', '0770102J', 'SECOND_DEGRE', 100, 20, 6);
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts, taux_imp,
                           unites_imp, heures, date_debut, date_fin, modalite, annulee, creee_le, creee_par)
                    SELECT '%1$s', p.uai_affectation, p.identifiant, 'P2-DEVOIRS-FAITS', 'PACTE', 'SECOND_DEGRE', 1 + i %% 2, NULL, 0,
                           (1 + i %% 2) * 24, '2181-09-01', '2182-06-30', 'ANNUELLE', false, now(), 'test'
                      FROM generate_series(1, 24) i JOIN referentiel.personnel p ON p.identifiant = 'HIST' || lpad(i::text, 6, '0');
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts, taux_imp,
                           unites_imp, heures, date_debut, date_fin, modalite, annulee, creee_le, creee_par)
                    SELECT '%1$s', p.uai_affectation, p.identifiant, 'IMP-REF-NUMERIQUE', 'IMP', 'SECOND_DEGRE', NULL, '002', 1, NULL,
                           '2181-09-01', '2182-06-30', CASE WHEN i = 3 THEN 'DECHARGE' ELSE 'ANNUELLE' END, false, now(), 'test'
                      FROM generate_series(1, 39) i JOIN referentiel.personnel p ON p.identifiant = 'HIST' || lpad(i::text, 6, '0')
                     WHERE i %% 3 = 0;
                    -- the suivi: hours done for the first ten, six hours moved from HIST000011 to HIST000012
                    INSERT INTO mission.suivi_heures (attribution_id, heures_faites, releve_le, releve_par)
                    SELECT id, heures - 2, now(), 'test' FROM mission.attribution
                     WHERE annee_scolaire = '%1$s' AND dispositif = 'PACTE' AND identifiant <= 'HIST000010';
                    INSERT INTO mission.redeploiement (attribution_source, attribution_cible, heures, fait_le, fait_par)
                    SELECT s.id, c.id, 6, now(), 'test' FROM mission.attribution s, mission.attribution c
                     WHERE s.annee_scolaire = '%1$s' AND s.dispositif = 'PACTE' AND s.identifiant = 'HIST000011'
                       AND c.annee_scolaire = '%1$s' AND c.dispositif = 'PACTE' AND c.identifiant = 'HIST000012';
                    """.formatted(ANNEE));
        }
    }

    private static JsonArray ligne(JsonArray tableaux, String code, String libelle) {
        return tableaux.stream().map(jakarta.json.JsonValue::asJsonObject).filter(t -> t.getString("code").equals(code))
                .findFirst().orElseThrow().getJsonArray("lignes").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(l -> l.getString("libelle").equals(libelle)).findFirst().orElseThrow().getJsonArray("valeurs");
    }

    private JsonArray tableaux() {
        return tableaux("");
    }

    private JsonArray tableaux(String filtre) {
        HttpResponse<String> r = http().basic(ANALYSTE, "test").get("/api/entrepot/rapports/" + ANNEE + filtre);
        return objet(200, r).getJsonArray("tableaux");
    }

    private static long version(JsonObject campagne) {
        return campagne.getJsonObject("parametres").getJsonNumber("version").longValue();
    }

    private static JsonObject objet(int statut, HttpResponse<String> r) {
        assertEquals(statut, r.statusCode(), r.body());
        return Json.objet(r.body());
    }
}
