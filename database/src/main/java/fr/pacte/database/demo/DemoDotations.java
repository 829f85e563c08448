package fr.pacte.database.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Dotations of the demo académie, derived in SQL from the établissements and personnels just written:
 * 2024-2025 distributed, published and closed with its consumption (the N-1 figures of the proposal formula),
 * 2025-2026 with its allocation and département reserves, ready to be distributed.
 */
final class DemoDotations {

    private DemoDotations() {
    }

    static void charger(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            // lines first with room to spare, envelopes next, then the allocation is cut to exactly what was distributed
            s.execute("""
                    INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue)
                    SELECT '2024-2025', l, 1000000 FROM unnest(ARRAY['PREMIER_DEGRE','SECOND_DEGRE','VOIE_PRO','IMP']) AS l
                    """);
            s.execute("""
                    INSERT INTO dotation.enveloppe (annee_scolaire, uai, voie, parts, imp, parts_consommees, imp_consommes)
                    SELECT '2024-2025', e.uai, v.voie, v.parts, v.imp,
                           floor(v.parts * v.taux), floor(v.imp * v.taux * 4) / 4
                      FROM referentiel.etablissement e
                      JOIN (SELECT uai_affectation, count(*) AS n FROM referentiel.personnel GROUP BY uai_affectation) p
                        ON p.uai_affectation = e.uai
                     CROSS JOIN LATERAL (SELECT
                           CASE e.nature WHEN 'ECOLE' THEN 'PREMIER_DEGRE' WHEN 'LP' THEN 'VOIE_PRO' ELSE 'SECOND_DEGRE' END AS voie,
                           greatest(1, round(p.n * 0.55
                               * CASE e.education_prioritaire WHEN 'REP+' THEN 1.4 WHEN 'REP' THEN 1.2 ELSE 1 END
                               * CASE WHEN e.nature IN ('LP', 'LPO') THEN 1.3 ELSE 1 END)) AS parts,
                           CASE WHEN e.nature = 'ECOLE' THEN 0 ELSE round(p.n / 6.0 * 4) / 4 END AS imp,
                           -- consumption between 40 % and 100 %, fixed per établissement
                           0.40 + (abs(hashtext(e.uai)) % 61) / 100.0 AS taux) v
                    """);
            s.execute("UPDATE dotation.allocation a SET alloue = x.distribue FROM dotation.allocation_etat x"
                    + " WHERE x.annee_scolaire = a.annee_scolaire AND x.ligne = a.ligne AND a.annee_scolaire = '2024-2025'");
            s.execute("INSERT INTO dotation.publication (annee_scolaire, publiee_le, publiee_par) VALUES ('2024-2025', '2024-06-14 10:00+02', 'rectorat')");
            s.execute("""
                    INSERT INTO dotation.allocation (annee_scolaire, ligne, alloue)
                    SELECT '2025-2026', ligne, CASE WHEN ligne = 'IMP' THEN round(alloue * 1.05 * 4) / 4 ELSE round(alloue * 1.05) END
                      FROM dotation.allocation WHERE annee_scolaire = '2024-2025'
                    """);
            s.execute("""
                    INSERT INTO dotation.reserve (annee_scolaire, departement_code, parts_premier_degre, parts_second_degre, parts_voie_pro, imp)
                    SELECT '2025-2026', code, 10, 20, 6, 8 FROM referentiel.departement
                    """);
        }
    }
}
