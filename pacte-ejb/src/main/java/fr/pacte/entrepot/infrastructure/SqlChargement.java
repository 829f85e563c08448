package fr.pacte.entrepot.infrastructure;

import fr.pacte.entrepot.chargement.Unite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ETL's SQL: each unit deletes its partition (campaign, or campaign and département) and rebuilds it with
 * INSERT … SELECT from the operational tables, in the caller's transaction. Nothing is read into Java. Persons and
 * établissements are read through {@code referentiel.personnels_de} / {@code etablissements_de} (V26): a closed
 * year from its snapshot, so reloading it gives the figures it had when it closed.
 */
public final class SqlChargement {

    private static final String[] DIMENSIONS = {
        "DELETE FROM entrepot.dim_campagne WHERE annee_scolaire = ?1",
        """
        INSERT INTO entrepot.dim_campagne (annee_scolaire, annee_debut, date_debut, date_fin, montant_part)
        SELECT annee_scolaire, extract(year FROM date_debut)::int, date_debut, date_fin, montant_part
          FROM referentiel.campagne WHERE annee_scolaire = ?1""",
        "DELETE FROM entrepot.dim_mois WHERE annee_scolaire = ?1",
        """
        INSERT INTO entrepot.dim_mois (annee_scolaire, mois, rang, libelle)
        SELECT c.annee_scolaire, m::date, row_number() OVER (ORDER BY m),
               (ARRAY['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre',
                      'novembre','décembre'])[extract(month FROM m)::int] || ' ' || extract(year FROM m)
          FROM referentiel.campagne c,
               generate_series(date_trunc('month', c.date_debut), date_trunc('month', c.date_fin), interval '1 month') m
         WHERE c.annee_scolaire = ?1""",
        "DELETE FROM entrepot.dim_etablissement WHERE annee_scolaire = ?1",
        """
        INSERT INTO entrepot.dim_etablissement (annee_scolaire, uai, nature, departement_code, departement_libelle,
                                                education_prioritaire, secteur, degre)
        SELECT ?1, e.uai, e.nature, e.departement_code, e.departement_libelle, e.education_prioritaire, e.secteur,
               CASE WHEN e.nature = 'ECOLE' THEN 1 ELSE 2 END
          FROM referentiel.etablissements_de(?1) e""",
        "DELETE FROM entrepot.dim_mission WHERE annee_scolaire = ?1",
        // the campaign's own catalogue (V21); the registry's wording for a code the campaign did not copy
        """
        INSERT INTO entrepot.dim_mission (annee_scolaire, code, dispositif, voie, categorie, libelle, quantum_heures,
                                          forfaitaire, prioritaire)
        SELECT ?1, code, dispositif, voie, entrepot.categorie(code, dispositif, prioritaire, forfaitaire), libelle,
               quantum_heures, forfaitaire, prioritaire
          FROM referentiel.mission_campagne WHERE annee_scolaire = ?1
        UNION ALL
        SELECT ?1, code, dispositif, voie, entrepot.categorie(code, dispositif, prioritaire, forfaitaire), libelle,
               quantum_heures, forfaitaire, prioritaire
          FROM referentiel.mission_catalogue m
         WHERE NOT EXISTS (SELECT 1 FROM referentiel.mission_campagne c WHERE c.annee_scolaire = ?1 AND c.code = m.code)"""
    };

    /**
     * The personnels' own filter in a département's unit. The two functions' UNION ALL cannot take the join's
     * condition as a parameter, so without it each of the 96 units read every personnel of the year (at 1/10 of the
     * national size: 3.0 s against 1.4 s for the same rows in one statement); with it, the département's rows by
     * index (personnel_affectation, and personnel_annee_affectation for a closed year, V38). Public for the benchmark,
     * whose single statement over the year drops it.
     */
    public static final String PERSONNELS_DU_DEPARTEMENT = """
        AND p.uai_affectation = ANY (ARRAY(SELECT x.uai FROM referentiel.etablissements_de(?1) x
                                            WHERE x.departement_code = ?2))""";

    private static final String[] DEPARTEMENT = {
        "DELETE FROM entrepot.dim_personnel WHERE annee_scolaire = ?1 AND departement_code = ?2",
        """
        INSERT INTO entrepot.dim_personnel (annee_scolaire, personnel_cle, departement_code, uai, sexe, tranche_age,
                                            corps, discipline, population, degre)
        SELECT c.annee_scolaire, entrepot.cle_personnel(c.annee_scolaire, p.identifiant, ?3, ?4), e.departement_code,
               p.uai_affectation, p.sexe, entrepot.tranche_age(p.date_naissance, c.date_debut), p.corps, p.discipline,
               entrepot.population(p.corps, p.discipline, e.nature, p.remplacant), CASE WHEN e.nature = 'ECOLE' THEN 1 ELSE 2 END
          FROM referentiel.personnels_de(?1) p
          JOIN referentiel.etablissements_de(?1) e ON e.uai = p.uai_affectation
          JOIN referentiel.campagne c ON c.annee_scolaire = ?1
         WHERE e.departement_code = ?2
        """ + PERSONNELS_DU_DEPARTEMENT,
        "DELETE FROM entrepot.fait_attribution WHERE annee_scolaire = ?1 AND departement_code = ?2",
        """
        INSERT INTO entrepot.fait_attribution (annee_scolaire, attribution_cle, departement_code, uai, personnel_cle,
               code_mission, dispositif, voie, modalite, parts, taux_imp, unites_imp, heures, montant_engage, mois_debut,
               heures_faites, heures_recues, heures_cedees)
        SELECT a.annee_scolaire, a.id, e.departement_code, a.uai,
               entrepot.cle_personnel(a.annee_scolaire, a.identifiant, ?3, ?4),
               a.code_mission, a.dispositif, a.voie, a.modalite, a.parts, a.taux_imp, a.unites_imp, a.heures,
               -- the amount as the attribution stores it (V25), never recomputed here
               a.montant, date_trunc('month', a.date_debut)::date, s.heures_faites,
               coalesce((SELECT sum(r.heures) FROM mission.redeploiement r WHERE r.attribution_cible = a.id), 0),
               coalesce((SELECT sum(r.heures) FROM mission.redeploiement r WHERE r.attribution_source = a.id), 0)
          FROM mission.attribution a
          JOIN referentiel.etablissements_de(?1) e ON e.uai = a.uai
          LEFT JOIN mission.suivi_heures s ON s.attribution_id = a.id
         WHERE a.annee_scolaire = ?1 AND e.departement_code = ?2 AND NOT a.annulee""",
        "DELETE FROM entrepot.fait_decharge WHERE annee_scolaire = ?1 AND departement_code = ?2",
        """
        INSERT INTO entrepot.fait_decharge (annee_scolaire, attribution_cle, departement_code, uai, personnel_cle,
                                            code_mission, heures_hebdo)
        SELECT annee_scolaire, attribution_cle, departement_code, uai, personnel_cle, code_mission, unites_imp
          FROM entrepot.fait_attribution
         WHERE annee_scolaire = ?1 AND departement_code = ?2 AND modalite = 'DECHARGE'""",
        "DELETE FROM entrepot.fait_enveloppe WHERE annee_scolaire = ?1 AND departement_code = ?2",
        """
        INSERT INTO entrepot.fait_enveloppe (annee_scolaire, uai, departement_code, voie, parts_notifiees, imp_notifies,
               decharge_notifiee, parts_attribuees, imp_attribues, decharge_attribuee)
        SELECT v.annee_scolaire, v.uai, e.departement_code, v.voie, v.parts, v.imp, v.decharge_heures,
               coalesce(a.parts, 0), coalesce(a.imp, 0), coalesce(a.decharge, 0)
          FROM dotation.enveloppe v
          JOIN referentiel.etablissements_de(?1) e ON e.uai = v.uai
          -- aggregated once per établissement: the facts were written in this transaction, without statistics yet
          LEFT JOIN (SELECT uai, sum(parts) AS parts,
                            sum(unites_imp) FILTER (WHERE modalite <> 'DECHARGE') AS imp,
                            sum(unites_imp) FILTER (WHERE modalite = 'DECHARGE') AS decharge
                       FROM entrepot.fait_attribution
                      WHERE annee_scolaire = ?1 AND departement_code = ?2
                        AND voie <> 'ACADEMIQUE' -- académique IMP come from the académie's line, not the envelope (V18)
                      GROUP BY uai) a ON a.uai = v.uai
         WHERE v.annee_scolaire = ?1 AND e.departement_code = ?2""",
        "DELETE FROM entrepot.fait_lettre WHERE annee_scolaire = ?1 AND departement_code = ?2",
        // the version in force of each letter; "in time" against the campaign's deadline, unknown without one
        """
        INSERT INTO entrepot.fait_lettre (annee_scolaire, lettre_cle, departement_code, uai, personnel_cle, etat,
               signee, acceptee, signee_dans_le_delai, acceptee_dans_le_delai)
        SELECT l.annee_scolaire, l.id, e.departement_code, l.uai,
               entrepot.cle_personnel(l.annee_scolaire, l.identifiant, ?3, ?4), l.etat, l.etat <> 'BROUILLON',
               l.etat = 'ACCEPTEE',
               CASE WHEN c.date_limite_lettres IS NOT NULL
                    THEN l.signee_le IS NOT NULL AND l.signee_le::date <= c.date_limite_lettres END,
               CASE WHEN c.date_limite_lettres IS NOT NULL
                    THEN l.acceptee_le IS NOT NULL AND l.acceptee_le::date <= c.date_limite_lettres END
          FROM mission.lettre l
          JOIN referentiel.campagne c ON c.annee_scolaire = l.annee_scolaire
          JOIN referentiel.etablissements_de(?1) e ON e.uai = l.uai
         WHERE l.annee_scolaire = ?1 AND e.departement_code = ?2 AND l.courante""",
        "DELETE FROM entrepot.fait_echeance WHERE annee_scolaire = ?1 AND departement_code = ?2"
    };

    /**
     * Instalments come from the paiement module's schedules (migration V7), when that module is installed; the
     * établissement and person are those payroll received.
     */
    private static final String ECHEANCES = """
        INSERT INTO entrepot.fait_echeance (annee_scolaire, attribution_cle, departement_code, uai, personnel_cle,
                                            dispositif, mois, montant, regularisation, envoyee)
        SELECT x.annee_scolaire, x.attribution_id, e.departement_code, x.uai,
               entrepot.cle_personnel(x.annee_scolaire, x.identifiant, ?3, ?4), x.dispositif, x.mois, x.montant,
               x.regularisation, x.execution_id IS NOT NULL
          FROM paiement.echeance x
          JOIN referentiel.etablissements_de(?1) e ON e.uai = x.uai
         WHERE x.annee_scolaire = ?1 AND e.departement_code = ?2""";

    private SqlChargement() {
    }

    /** The statements of a département unit, for the benchmark's single INSERT … SELECT per table. */
    public static List<String> requetesDepartement() {
        List<String> l = new ArrayList<>(List.of(DEPARTEMENT));
        l.add(ECHEANCES);
        return l;
    }

    /** The units of a load, in order: for each campaign its dimensions, then its départements. */
    public static List<Unite> unites(Connection c, List<String> annees) throws SQLException {
        List<String> campagnes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT annee_scolaire FROM referentiel.campagne ORDER BY annee_scolaire");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (annees.isEmpty() || annees.contains(rs.getString(1))) {
                    campagnes.add(rs.getString(1));
                }
            }
        }
        List<String> departements = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM referentiel.departement ORDER BY code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                departements.add(rs.getString(1));
            }
        }
        List<Unite> unites = new ArrayList<>();
        for (String annee : campagnes) {
            unites.add(new Unite(unites.size(), annee, null));
            for (String d : departements) {
                unites.add(new Unite(unites.size(), annee, d));
            }
        }
        return unites;
    }

    /** Replaces the unit's partition; returns the number of rows written. */
    public static int charger(Connection c, Unite u, CleEntrepot cle) throws SQLException {
        int lignes = 0;
        for (String sql : u.estDimensions() ? DIMENSIONS : DEPARTEMENT) {
            lignes += executer(c, sql, u, cle, !sql.startsWith("DELETE"));
        }
        if (!u.estDimensions() && paiementsInstalles(c)) {
            lignes += executer(c, ECHEANCES, u, cle, true);
        }
        return lignes;
    }

    /** Runs one statement of the ETL: ?1 the campaign, ?2 the département, ?3 and ?4 the key's pads. */
    public static int executer(Connection c, String sql, Unite u, CleEntrepot cle, boolean compter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.replaceAll("\\?[1-4]", "?"))) {
            int i = 1;
            for (char ch : positions(sql)) {
                switch (ch) {
                    case '1' -> ps.setString(i++, u.annee());
                    case '2' -> ps.setString(i++, u.departement());
                    case '3' -> ps.setBytes(i++, cle.interne());
                    default -> ps.setBytes(i++, cle.externe());
                }
            }
            int n = ps.executeUpdate();
            return compter ? n : 0;
        }
    }

    private static char[] positions(String sql) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sql.length() - 1; i++) {
            if (sql.charAt(i) == '?' && Character.isDigit(sql.charAt(i + 1))) {
                p.append(sql.charAt(i + 1));
            }
        }
        return p.toString().toCharArray();
    }

    /** Refreshes the planner's statistics of the warehouse (V26), once a load has written it. */
    public static void analyser(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT entrepot.analyser()")) {
            ps.execute();
        }
    }

    static boolean paiementsInstalles(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass('paiement.echeance') IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
