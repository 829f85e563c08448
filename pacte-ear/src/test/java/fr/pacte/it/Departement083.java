package fr.pacte.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static fr.pacte.it.EnveloppesSuivi.ok;

/**
 * Département 083, reserved to the académique missions and redéploiement tests (campaigns 2125-2126 to 2135-2136):
 * a collège and an LP, five teachers of the collège, the collège's chef (password "test").
 */
final class Departement083 {

    static final String CLG = "0830001A";
    static final String LP = "0830002B";

    private Departement083() {
    }

    /** Idempotent: each test class calls it. */
    static void creer() throws SQLException {
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO referentiel.departement (code, libelle) VALUES ('083', 'Var') ON CONFLICT DO NOTHING;
                    INSERT INTO referentiel.etablissement (uai, nature, denomination_principale, denomination_complementaire,
                                                           departement_code, commune, secteur, education_prioritaire, recherche) VALUES
                     ('0830001A', 'CLG', 'Collège Jean-Aicard', '', '083', 'Hyères', 'PU', '', 'college jean-aicard hyeres 0830001a'),
                     ('0830002B', 'LP', 'Lycée professionnel Langevin', '', '083', 'La Seyne-sur-Mer', 'PU', '', 'lycee professionnel langevin 0830002b')
                     ON CONFLICT DO NOTHING;
                    INSERT INTO referentiel.personnel (identifiant, civilite, nom, prenom, sexe, date_naissance, corps, discipline,
                                                       uai_affectation, recherche)
                    SELECT 'ACA000000000' || n, 'Mme', 'Académique' || n, 'Agent', 'F', '1980-01-01', 'CERTIFIE', 'Lettres',
                           '0830001A', 'academique' || n || ' agent aca000000000' || n
                      FROM generate_series(1, 5) n ON CONFLICT DO NOTHING;
                    INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, uai, nom_affiche) VALUES
                     ('chef.0830001a', '$2a$10$Dj1xfPdvaKHbQb/5LAUWSuAJNh8RNsy6rpj6G/Vfiw5or3KbDCDcO', 'CHEF_ETABLISSEMENT', NULL,
                      '0830001A', 'Principale du collège Jean-Aicard') ON CONFLICT DO NOTHING""");
        }
    }

    /** @param versCollegue the V18 setting {@code redeploiement_vers_collegue} */
    static void campagne(String annee, boolean versCollegue) throws SQLException {
        int an = Integer.parseInt(annee.substring(0, 4));
        try (Connection c = BaseDeTest.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO referentiel.campagne (annee_scolaire, date_debut, date_fin, statut, redeploiement_vers_collegue)"
                    + " VALUES ('" + annee + "', '" + an + "-09-01', '" + (an + 1) + "-08-31', 'PREPARATION', " + versCollegue
                    + ") ON CONFLICT DO NOTHING");
        }
    }

    /** The académie's lines (IMP as given, 50 parts in each voie), one envelope, published. */
    static void publier(String annee, int impAcademie, String uai, int parts, int imp) {
        Http rectorat = PacteIT.http().basic("rectorat", "test");
        ok(rectorat.put("/api/allocations/" + annee, "{\"PREMIER_DEGRE\": 10, \"SECOND_DEGRE\": 50, \"VOIE_PRO\": 50, \"IMP\": "
                + impAcademie + "}"));
        ok(rectorat.put("/api/dotations/" + annee + "/" + uai, "{\"parts\": " + parts + ", \"imp\": " + imp + ", \"version\": 0}"));
        ok(rectorat.postJson("/api/dotations/" + annee + "/publication", "{}"));
    }

    /** The collège's chef marks these teachers as volunteers (seed 002: missions go to volunteers). */
    static void volontaires(String annee, String... identifiants) {
        Http chef = PacteIT.http().basic("chef.0830001a", "test");
        for (String id : identifiants) {
            ok(chef.put("/api/suivi/" + annee + "/" + CLG + "/volontaires/" + id, "{\"volontaire\": true}"));
        }
    }
}
