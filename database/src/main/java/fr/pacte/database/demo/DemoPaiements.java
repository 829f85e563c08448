package fr.pacte.database.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the payments of the demo académie start from: the missions of the closed year 2024-2025, as many as each
 * établissement consumed of its envelope (one part per attribution, IMP at taux de base), spread over its staff.
 * The schedules are never written here: the run command closes the months through the application (see
 * PacteRun), so the payment files come from the same rules as in production.
 */
final class DemoPaiements {

    static final String ANNEE = "2024-2025";

    private DemoPaiements() {
    }

    static void charger(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    WITH personnels AS (
                      SELECT identifiant, uai_affectation AS uai,
                             row_number() OVER (PARTITION BY uai_affectation ORDER BY identifiant) AS rang,
                             count(*) OVER (PARTITION BY uai_affectation) AS effectif
                        FROM referentiel.personnel p
                       -- the letters' and the suivi's demo teachers keep the missions their letters show
                       WHERE NOT EXISTS (SELECT 1 FROM mission.attribution a
                                          WHERE a.annee_scolaire = '%1$s' AND a.identifiant = p.identifiant)),
                    besoins AS (
                      -- what the envelope's consumption leaves once the letters' and the suivi's missions are counted
                      SELECT e.uai, e.voie, greatest(0, floor(e.parts_consommees - e.parts_attribuees))::int AS parts,
                             greatest(0, floor(e.imp_consommes - e.imp_attribues))::int AS imp
                        FROM dotation.enveloppe e WHERE e.annee_scolaire = '%1$s'),
                    lignes AS (
                      SELECT b.uai, b.voie, 'PACTE' AS dispositif, i FROM besoins b, generate_series(1, b.parts) i
                      UNION ALL
                      SELECT b.uai, 'SECOND_DEGRE', 'IMP', b.parts + i FROM besoins b, generate_series(1, b.imp) i)
                    INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                           taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par)
                    SELECT '%1$s', l.uai, p.identifiant,
                           CASE WHEN l.dispositif = 'IMP' THEN 'IMP-REF-NUMERIQUE'
                                WHEN l.voie = 'PREMIER_DEGRE' THEN 'P1-SOUTIEN-FONDAMENTAUX'
                                WHEN l.voie = 'VOIE_PRO' THEN 'LP-RCD' ELSE 'P2-DEVOIRS-FAITS' END,
                           l.dispositif, CASE WHEN l.dispositif = 'IMP' THEN 'SECOND_DEGRE' ELSE l.voie END,
                           CASE WHEN l.dispositif = 'PACTE' THEN 1 END, CASE WHEN l.dispositif = 'IMP' THEN '003' END,
                           CASE WHEN l.dispositif = 'IMP' THEN 1 ELSE 0 END,
                           CASE WHEN l.dispositif = 'PACTE' THEN CASE l.voie WHEN 'VOIE_PRO' THEN 18 ELSE 24 END END,
                           -- one mission in ten starts in January: paid from then, the missed ninths caught up;
                           -- a teacher given several in a small établissement gets each a day later (natural key, V13)
                           CASE WHEN l.i %% 10 = 0 THEN DATE '2025-01-06' ELSE DATE '2024-09-02' END
                             + ((l.i - 1) / p.effectif)::int, DATE '2025-06-30',
                           'ANNUELLE', TIMESTAMPTZ '2024-09-20 10:00+02', 'demo'
                      FROM lignes l JOIN personnels p ON p.uai = l.uai AND p.rang = (l.i - 1) %% p.effectif + 1
                    """.formatted(ANNEE));
        }
    }
}
