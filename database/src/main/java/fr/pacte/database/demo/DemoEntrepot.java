package fr.pacte.database.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Missions of the closed campaign 2024-2025 for the statistics screen: about a third of the staff volunteered
 * (more in REP+ and in lycées professionnels), Pacte parts in the voie of their établissement with RCD first, IMP of
 * coordination in the second degree, a few converted into décharge. Written in SQL, without the attribution rules:
 * the analyst loads the warehouse from the Statistiques screen and runs the annual report on it.
 */
final class DemoEntrepot {

    private static final String CAMPAGNE = "'2024-2025'";

    private DemoEntrepot() {
    }

    static void charger(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                           unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par)
                    SELECT %1$s, p.uai_affectation, p.identifiant, m.code, 'PACTE', m.voie, x.parts, 0,
                           CASE WHEN m.quantum_heures IS NULL THEN NULL ELSE x.parts * m.quantum_heures END,
                           '2024-09-02', '2025-06-30', 'ANNUELLE', '2024-09-20', 'demo'
                      FROM referentiel.personnel p
                      JOIN referentiel.etablissement e ON e.uai = p.uai_affectation
                     CROSS JOIN LATERAL (SELECT abs(hashtext(p.identifiant)) %% 100 AS h) x0
                     CROSS JOIN LATERAL (SELECT 1 + x0.h %% 2 AS parts) x
                      JOIN referentiel.mission_catalogue m ON m.code = CASE
                           WHEN e.nature = 'ECOLE' THEN CASE WHEN x0.h %% 3 = 0 THEN 'P1-DEVOIRS-FAITS-6E' ELSE 'P1-SOUTIEN-FONDAMENTAUX' END
                           WHEN e.nature = 'LP' THEN CASE x0.h %% 3 WHEN 0 THEN 'LP-RCD' WHEN 1 THEN 'LP-GROUPES-REDUITS' ELSE 'LP-TUTORAT' END
                           WHEN e.nature = 'LPO' THEN CASE WHEN x0.h %% 2 = 0 THEN 'LP-RCD' ELSE 'P2-DEVOIRS-FAITS' END
                           ELSE CASE x0.h %% 3 WHEN 0 THEN 'P2-RCD' WHEN 1 THEN 'P2-DEVOIRS-FAITS' ELSE 'P2-INNOVATION' END END
                     WHERE x0.h < CASE WHEN e.education_prioritaire = 'REP+' OR e.nature = 'LP' THEN 45 ELSE 30 END
                    """.formatted(CAMPAGNE));
            s.execute("""
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie,
                           taux_imp, unites_imp, date_debut, date_fin, modalite, creee_le, creee_par)
                    SELECT %1$s, p.uai_affectation, p.identifiant, m.code, 'IMP', m.voie, t.code_sts, t.coefficient,
                           '2024-09-02', '2025-06-30', CASE WHEN h %% 4 = 0 THEN 'DECHARGE' ELSE 'ANNUELLE' END,
                           '2024-09-20', 'demo'
                      FROM referentiel.personnel p
                      JOIN referentiel.etablissement e ON e.uai = p.uai_affectation AND e.nature <> 'ECOLE'
                     CROSS JOIN LATERAL (SELECT abs(hashtext(p.identifiant || 'imp')) %% 100 AS h) x
                      JOIN referentiel.mission_catalogue m ON m.code = CASE WHEN h %% 2 = 0 THEN 'IMP-COORD-DISCIPLINE'
                                                                            ELSE 'IMP-REF-NUMERIQUE' END
                      JOIN referentiel.taux_imp t ON t.code_sts = CASE WHEN h %% 3 = 0 THEN '002' ELSE '003' END
                     WHERE h < 18
                    """.formatted(CAMPAGNE));
        }
    }
}
