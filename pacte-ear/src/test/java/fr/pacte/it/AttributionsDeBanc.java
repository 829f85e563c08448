package fr.pacte.it;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmarks' bulk attributions: rows prepared in a temporary table (the columns of mission.attribution's insert)
 * are written within their envelopes (V11) — each envelope gets room for them, the allocation is raised by as much.
 */
final class AttributionsDeBanc {

    private AttributionsDeBanc() {
    }

    /** {@code facteurParts}: room for that many times the rows' parts (2 leaves room for avenants of one part). */
    static void inserer(Statement s, String annee, String table, int facteurParts) throws SQLException {
        s.execute("""
                CREATE TEMPORARY TABLE banc_enveloppe AS
                SELECT b.uai, CASE e.nature WHEN 'ECOLE' THEN 'PREMIER_DEGRE' WHEN 'LP' THEN 'VOIE_PRO' ELSE 'SECOND_DEGRE' END AS voie,
                       %d * coalesce(sum(b.parts), 0) AS parts, sum(b.unites_imp) AS imp
                  FROM %s b JOIN referentiel.etablissement e ON e.uai = b.uai GROUP BY 1, 2""".formatted(facteurParts, table));
        s.execute("""
                UPDATE dotation.allocation a SET alloue = alloue + coalesce((SELECT CASE a.ligne WHEN 'IMP' THEN sum(imp)
                       ELSE sum(parts) FILTER (WHERE voie = a.ligne) END FROM banc_enveloppe), 0)
                 WHERE annee_scolaire = '%s'""".formatted(annee));
        s.execute("""
                INSERT INTO dotation.enveloppe AS x (annee_scolaire, uai, voie, parts, imp)
                SELECT '%s', uai, voie, parts, imp FROM banc_enveloppe
                    ON CONFLICT (annee_scolaire, uai) DO UPDATE SET parts = x.parts + EXCLUDED.parts, imp = x.imp + EXCLUDED.imp
                """.formatted(annee));
        s.execute("""
                INSERT INTO mission.attribution (annee_scolaire, uai, identifiant, code_mission, dispositif, voie, parts,
                       taux_imp, unites_imp, heures, date_debut, date_fin, modalite, creee_le, creee_par)
                SELECT * FROM %s""".formatted(table));
        s.execute("DROP TABLE banc_enveloppe");
    }
}
