package fr.pacte.database.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Répartition and suivi of the demo académie, in the établissements of the demo chefs: volunteers and the dates of
 * the conseils for 2025-2026; in the chef's LP, the closed campaign 2024-2025 with four missions, the hours done,
 * one redéploiement (6 h of options moved to the groupes réduits) and two bilans.
 */
final class DemoSuivi {

    private static final String CHEFS = "SELECT uai FROM securite.compte WHERE role = 'CHEF_ETABLISSEMENT'";

    private DemoSuivi() {
    }

    static void charger(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            String lp;
            try (ResultSet r = s.executeQuery("SELECT e.uai FROM referentiel.etablissement e WHERE e.nature = 'LP'"
                    + " AND e.uai IN (" + CHEFS + ") ORDER BY e.uai LIMIT 1")) {
                lp = r.next() ? r.getString(1) : null;
            }
            s.execute("""
                    INSERT INTO mission.volontaire (annee_scolaire, uai, identifiant, declare_le, declare_par)
                    SELECT '2025-2026', p.uai_affectation, p.identifiant, '2025-02-03 09:00+01', 'chef.' || lower(p.uai_affectation)
                      FROM (SELECT identifiant, uai_affectation,
                                   row_number() OVER (PARTITION BY uai_affectation ORDER BY identifiant) AS n
                              FROM referentiel.personnel WHERE uai_affectation IN (%s)) p
                     WHERE p.n <= 8
                    """.formatted(CHEFS));
            s.execute("""
                    INSERT INTO mission.conseils (annee_scolaire, uai, conseil_pedagogique, conseil_administration, modifie_le, modifie_par)
                    SELECT a.annee, c.uai, a.cp, a.ca, a.le, c.login
                      FROM securite.compte c
                     CROSS JOIN (VALUES ('2025-2026', DATE '2025-03-11', DATE '2025-03-25', TIMESTAMPTZ '2025-03-26 08:30+01'),
                                        ('2024-2025', DATE '2024-03-12', DATE '2024-03-26', TIMESTAMPTZ '2024-03-27 08:30+01'))
                                 a (annee, cp, ca, le)
                     WHERE c.role = 'CHEF_ETABLISSEMENT'
                    """);
            if (lp == null) {
                return;
            }
            s.execute("""
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                                                     unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par)
                    SELECT '2024-2025', '%1$s', p.identifiant, m.code, 'PACTE', m.voie, 1, 0, m.quantum_heures,
                           '2024-09-02', '2025-06-30', 'ANNUELLE', '2024-09-27 10:00+02', 'chef.' || lower('%1$s')
                      FROM (SELECT identifiant, row_number() OVER (ORDER BY identifiant DESC) AS n
                              FROM referentiel.personnel WHERE uai_affectation = '%1$s') p
                      JOIN (VALUES (1, 'LP-RCD'), (2, 'LP-GROUPES-REDUITS'), (3, 'LP-OPTIONS'), (4, 'LP-TUTORAT')) v (n, code)
                        ON v.n = p.n
                      JOIN referentiel.mission_catalogue m ON m.code = v.code
                    """.formatted(lp));
            s.execute(("""
                    INSERT INTO mission.redeploiement (attribution_source, attribution_cible, heures, motif, fait_le, fait_par)
                    SELECT o.id, g.id, 6, 'Option codage fermée au second semestre', '2025-02-10 11:00+01', 'chef.' || lower('%1$s')
                      FROM mission.attribution o, mission.attribution g
                     WHERE o.annee_scolaire = '2024-2025' AND o.uai = '%1$s' AND o.code_mission = 'LP-OPTIONS'
                       AND g.annee_scolaire = '2024-2025' AND g.uai = '%1$s' AND g.code_mission = 'LP-GROUPES-REDUITS';
                    UPDATE mission.attribution SET heures = heures - 6
                     WHERE annee_scolaire = '2024-2025' AND uai = '%1$s' AND code_mission = 'LP-OPTIONS';
                    UPDATE mission.attribution SET heures = heures + 6
                     WHERE annee_scolaire = '2024-2025' AND uai = '%1$s' AND code_mission = 'LP-GROUPES-REDUITS';
                    INSERT INTO mission.suivi_heures (attribution_id, heures_faites, releve_le, releve_par)
                    SELECT id, CASE code_mission WHEN 'LP-RCD' THEN 12 ELSE heures END, '2025-06-27 16:00+02', 'chef.' || lower('%1$s')
                      FROM mission.attribution WHERE annee_scolaire = '2024-2025' AND uai = '%1$s' AND heures IS NOT NULL;
                    INSERT INTO mission.bilan (attribution_id, texte, destinataire, redige_le, redige_par)
                    SELECT a.id, CASE a.code_mission
                               WHEN 'LP-TUTORAT' THEN 'Groupe de 8 élèves de seconde suivi toute l''année ; 2 réorientations préparées.'
                               ELSE 'Groupes de 10 élèves en mathématiques, 30 h faites dont 6 h redéployées depuis les options.' END,
                           m.bilan_remis_a, '2025-06-30 17:00+02', 'chef.' || lower('%1$s')
                      FROM mission.attribution a JOIN referentiel.mission_catalogue m ON m.code = a.code_mission
                     WHERE a.annee_scolaire = '2024-2025' AND a.uai = '%1$s' AND a.code_mission IN ('LP-TUTORAT', 'LP-GROUPES-REDUITS')
                    """).formatted(lp));
        }
    }
}
