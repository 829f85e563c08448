package fr.pacte.it;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The annual report's figures computed again, independently of the warehouse: plain SQL on the operational tables
 * (référentiel, attributions, envelopes), the labels and categories written out here. Each query gives the row
 * label then the values; the total row is labelled "Ensemble".
 */
final class AttenduEntrepot {

    private static final String LIBELLES = """
            CASE § WHEN 'F' THEN 'Femmes' WHEN 'M' THEN 'Hommes' WHEN 'AGREGE' THEN 'Agrégés' WHEN 'CERTIFIE' THEN 'Certifiés'
              WHEN 'PLP' THEN 'Professeurs de lycée professionnel' WHEN 'PEPS' THEN 'Professeurs d''EPS'
              WHEN 'PE' THEN 'Professeurs des écoles' WHEN 'CPE' THEN 'CPE' WHEN 'PSYEN' THEN 'Psychologues de l''EN'
              WHEN 'CONTRACTUEL' THEN 'Contractuels' WHEN 'ECOLE' THEN 'Écoles' WHEN 'CLG' THEN 'Collèges'
              WHEN 'LYC' THEN 'Lycées généraux et technologiques' WHEN 'LP' THEN 'Lycées professionnels'
              WHEN 'LPO' THEN 'Lycées polyvalents' WHEN 'EREA' THEN 'EREA' WHEN '' THEN 'Hors éducation prioritaire'
              WHEN 'PREMIER_DEGRE' THEN 'Premier degré' WHEN 'SECOND_DEGRE' THEN 'Second degré'
              WHEN 'VOIE_PRO' THEN 'Voie professionnelle' ELSE § END""";

    /**
     * The DEPP's population, written out here (the report's default): second-degré teachers; CPE, psychologists and
     * documentalistes apart, first-degré teachers (PE, contractuels of an école) apart. {@code p} is the person,
     * {@code ea} the établissement of her affectation.
     */
    private static final String DEPP = """
            (CASE WHEN p.corps IN ('CPE', 'PSYEN') OR lower(p.discipline) LIKE 'documentation%' THEN 'AUTRES'
                  WHEN p.corps = 'PE' OR (p.corps = 'CONTRACTUEL' AND ea.nature = 'ECOLE') THEN 'ENSEIGNANTS_1D'
                  ELSE 'ENSEIGNANTS_2D' END) = 'ENSEIGNANTS_2D'""";

    /** Personnels of the académie for a campaign, with their établissement and whether they hold a mission. */
    private static final String PERSONNELS = """
            WITH b AS (SELECT identifiant, bool_or(dispositif = 'PACTE') AS pacte, bool_or(dispositif = 'IMP') AS imp
                         FROM mission.attribution WHERE annee_scolaire = ? AND NOT annulee GROUP BY identifiant),
                 p AS (SELECT p.sexe, p.corps, e.nature, e.education_prioritaire AS ep, e.departement_code || ' ' || d.libelle AS dep,
                              CASE e.secteur WHEN 'PU' THEN 'Public' ELSE 'Privé sous contrat' END AS secteur,
                              date_part('year', age(c.date_debut, p.date_naissance)) AS age, b.identifiant IS NOT NULL AS beneficiaire,
                              coalesce(b.pacte, false) AS pacte, coalesce(b.imp, false) AS imp
                         FROM referentiel.personnel p JOIN referentiel.etablissement e ON e.uai = p.uai_affectation
                         JOIN referentiel.etablissement ea ON ea.uai = p.uai_affectation
                         JOIN referentiel.departement d ON d.code = e.departement_code
                         JOIN referentiel.campagne c ON c.annee_scolaire = ?
                         LEFT JOIN b ON b.identifiant = p.identifiant
                        WHERE """ + DEPP + """
                        )
            """;

    /** Attributions in force with their category and committed amount. */
    private static final String ATTRIBUTIONS = """
            -- the amount is recomputed here from the texts, independently of V25, as the oracle of what is loaded
            WITH a AS (SELECT a.*, p.sexe, e.nature, e.departement_code || ' ' || d.libelle AS dep, m.prioritaire,
                              CASE WHEN m.prioritaire THEN 'Remplacement de courte durée'
                                   WHEN a.dispositif = 'PACTE' AND m.quantum_heures IS NOT NULL THEN 'Heures devant élèves'
                                   WHEN a.dispositif = 'PACTE' THEN 'Missions forfaitaires'
                                   WHEN a.code_mission LIKE 'IMP-COORD-%' THEN 'Coordination'
                                   WHEN a.code_mission LIKE 'IMP-REF-%' THEN 'Référent'
                                   WHEN a.code_mission = 'IMP-MISSION-ACADEMIQUE' THEN 'Mission académique'
                                   ELSE 'Ponctuelle' END AS categorie,
                              CASE WHEN a.dispositif = 'PACTE' THEN a.parts * c.montant_part
                                   WHEN a.modalite = 'DECHARGE' THEN 0 ELSE t.montant_annuel END AS montant_attendu
                         FROM mission.attribution a JOIN referentiel.personnel p ON p.identifiant = a.identifiant
                         JOIN referentiel.etablissement ea ON ea.uai = p.uai_affectation
                         JOIN referentiel.etablissement e ON e.uai = a.uai
                         JOIN referentiel.departement d ON d.code = e.departement_code
                         JOIN referentiel.campagne c ON c.annee_scolaire = a.annee_scolaire
                         JOIN referentiel.mission_catalogue m ON m.code = a.code_mission
                         LEFT JOIN referentiel.taux_imp t ON t.code_sts = a.taux_imp
                        WHERE a.annee_scolaire = ? AND NOT a.annulee AND """ + DEPP + """
                        )
            """;

    private AttenduEntrepot() {
    }

    static Map<String, BigDecimal[]> part(Connection c, String annee, String cle) throws SQLException {
        String k = "tranche".equals(cle) ? "CASE WHEN age < 30 THEN 'Moins de 30 ans' WHEN age < 40 THEN '30 à 39 ans' "
                + "WHEN age < 50 THEN '40 à 49 ans' WHEN age < 60 THEN '50 à 59 ans' ELSE '60 ans et plus' END" : cle;
        return lire(c, PERSONNELS + "SELECT {k}, count(*), count(*) FILTER (WHERE beneficiaire), "
                + "round(100.0 * count(*) FILTER (WHERE beneficiaire) / count(*), 1), "
                + "count(*) FILTER (WHERE pacte), round(100.0 * count(*) FILTER (WHERE pacte) / count(*), 1), "
                + "count(*) FILTER (WHERE imp), round(100.0 * count(*) FILTER (WHERE imp) / count(*), 1) "
                + "FROM p GROUP BY 1", libelle(k), 7, annee, annee);
    }

    static Map<String, BigDecimal[]> missionsParCategorie(Connection c, String annee) throws SQLException {
        return lire(c, ATTRIBUTIONS + "SELECT {k}, "
                + "count(*), count(DISTINCT identifiant), coalesce(sum(parts), 0), coalesce(sum(heures), 0) FROM a GROUP BY 1",
                "CASE dispositif WHEN 'PACTE' THEN 'Pacte' ELSE 'IMP' END || ' – ' || categorie", 4, annee);
    }

    static Map<String, BigDecimal[]> missionsParMission(Connection c, String annee) throws SQLException {
        return lire(c, ATTRIBUTIONS + "SELECT {k}, count(*), count(DISTINCT identifiant), coalesce(sum(parts), 0), "
                + "coalesce(sum(unites_imp) FILTER (WHERE dispositif = 'IMP'), 0) FROM a GROUP BY 1", "code_mission", 4, annee);
    }

    /** IMP missions only, as the DEPP counts its décharge share (seed 003: 11,5 % of the missions particulières). */
    static Map<String, BigDecimal[]> payeesEtDecharges(Connection c, String annee) throws SQLException {
        return lire(c, ATTRIBUTIONS + "SELECT {k}, "
                + "count(*), count(DISTINCT identifiant), "
                + "round(100.0 * count(*) / (SELECT count(*) FROM a WHERE dispositif = 'IMP'), 1), "
                + "coalesce(sum(unites_imp) FILTER (WHERE modalite = 'DECHARGE'), 0), sum(montant_attendu) "
                + "FROM a WHERE dispositif = 'IMP' GROUP BY 1",
                "CASE WHEN modalite = 'DECHARGE' THEN 'En décharge de service' ELSE 'Rémunérées' END", 5, annee);
    }

    /** IMP missions by STSWeb rate, labelled with its yearly amount (seed 003, taux-imp.csv). */
    static Map<String, BigDecimal[]> parTaux(Connection c, String annee) throws SQLException {
        return lire(c, ATTRIBUTIONS + "SELECT {k}, count(*), count(DISTINCT identifiant), sum(unites_imp), "
                + "sum(montant_attendu) FROM a WHERE dispositif = 'IMP' GROUP BY 1",
                "CASE taux_imp WHEN '001' THEN 'Taux quart (312,50 €)' WHEN '002' THEN 'Taux moitié (625 €)' "
                + "WHEN '003' THEN 'Taux de base (1 250 €)' WHEN '004' THEN 'Taux double (2 500 €)' "
                + "ELSE 'Taux triple (3 750 €)' END", 4, annee);
    }

    /** Académie missions (voie ACADEMIQUE, given by the recteur) against the établissements' own. */
    static Map<String, BigDecimal[]> parNiveau(Connection c, String annee) throws SQLException {
        return lire(c, ATTRIBUTIONS + "SELECT {k}, count(*), count(DISTINCT identifiant), coalesce(sum(parts), 0), "
                + "coalesce(sum(unites_imp) FILTER (WHERE dispositif = 'IMP'), 0), sum(montant_attendu) FROM a GROUP BY 1",
                "CASE WHEN voie = 'ACADEMIQUE' THEN 'Académie' ELSE 'Établissement' END", 5, annee);
    }

    static Map<String, BigDecimal[]> montantsParDepartement(Connection c, String annee) throws SQLException {
        Map<String, BigDecimal[]> m = lire(c, ATTRIBUTIONS + "SELECT {k}, count(DISTINCT identifiant), sum(montant_attendu), 0 FROM a "
                + "WHERE modalite <> 'DECHARGE' GROUP BY 1", "dep", 3, annee);
        versements(c, annee).forEach((dep, v) -> m.get(dep)[2] = v.get("Ensemble"));
        return m;
    }

    /** Instalments sent to payroll: département → month label (and "Ensemble") → amount. */
    static Map<String, Map<String, BigDecimal>> versements(Connection c, String annee) throws SQLException {
        String sql = """
                SELECT coalesce(dep, 'Ensemble'), coalesce(mois, 'Ensemble'), montant FROM (
                  SELECT e.departement_code || ' ' || d.libelle AS dep,
                         (ARRAY['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre',
                                'novembre','décembre'])[extract(month FROM x.mois)::int] || ' ' || extract(year FROM x.mois) AS mois,
                         sum(x.montant) AS montant
                    FROM paiement.echeance x JOIN referentiel.etablissement e ON e.uai = x.uai
                    JOIN referentiel.departement d ON d.code = e.departement_code
                    JOIN referentiel.personnel p ON p.identifiant = x.identifiant
                    JOIN referentiel.etablissement ea ON ea.uai = p.uai_affectation
                   WHERE x.annee_scolaire = ? AND x.execution_id IS NOT NULL AND """ + DEPP + """
                   GROUP BY CUBE (1, 2)) t""";
        Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, annee);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                }
            }
        }
        return m;
    }

    /** IMP received: the instalments sent to payroll, by the sex of the person paid (the DEPP's 990 € / 1 280 €). */
    static Map<String, BigDecimal[]> montantMoyenParSexe(Connection c, String annee) throws SQLException {
        return lire(c, """
                WITH a AS (SELECT x.identifiant, x.montant, p.sexe FROM paiement.echeance x
                             JOIN referentiel.personnel p ON p.identifiant = x.identifiant
                             JOIN referentiel.etablissement ea ON ea.uai = p.uai_affectation
                            WHERE x.annee_scolaire = ? AND x.execution_id IS NOT NULL AND x.dispositif = 'IMP'
                              AND """ + DEPP + """
                           )
                SELECT {k}, count(DISTINCT identifiant), sum(montant), round(sum(montant) / count(DISTINCT identifiant), 2)
                  FROM a GROUP BY 1""", libelle("sexe"), 3, annee);
    }

    static Map<String, BigDecimal[]> partsParSignataire(Connection c, String annee) throws SQLException {
        return lire(c, ATTRIBUTIONS + "SELECT {k}, count(DISTINCT identifiant), sum(parts), "
                + "round(sum(parts) / count(DISTINCT identifiant), 1) FROM a WHERE dispositif = 'PACTE' GROUP BY 1",
                libelle("voie"), 3, annee);
    }

    static Map<String, BigDecimal[]> partDuRcd(Connection c, String annee) throws SQLException {
        return lire(c, ATTRIBUTIONS + "SELECT {k}, coalesce(sum(parts) FILTER (WHERE prioritaire), 0), "
                + "sum(parts), round(100 * coalesce(sum(parts) FILTER (WHERE prioritaire), 0) / sum(parts), 1) "
                + "FROM a WHERE dispositif = 'PACTE' GROUP BY 1", libelle("voie"), 3, annee);
    }

    static Map<String, BigDecimal[]> enveloppes(Connection c, String annee) throws SQLException {
        return lire(c, """
                WITH v AS (SELECT v.uai, v.parts, v.imp,
                                  (SELECT coalesce(sum(a.parts), 0) FROM mission.attribution a WHERE a.annee_scolaire = v.annee_scolaire
                                      AND a.uai = v.uai AND NOT a.annulee) AS pa,
                                  (SELECT coalesce(sum(a.unites_imp), 0) FROM mission.attribution a WHERE a.annee_scolaire = v.annee_scolaire
                                      AND a.uai = v.uai AND NOT a.annulee AND a.modalite <> 'DECHARGE') AS ia,
                                  e.departement_code || ' ' || """ + libelle("e.nature") + """
                                   AS k
                             FROM dotation.enveloppe v JOIN referentiel.etablissement e ON e.uai = v.uai
                            WHERE v.annee_scolaire = ?)
                SELECT {k}, sum(parts), sum(pa), round(100 * sum(pa) / nullif(sum(parts), 0), 1), sum(imp), sum(ia),
                       round(100 * sum(ia) / nullif(sum(imp), 0), 1) FROM v GROUP BY 1""", "k", 6, annee);
    }

    private static String libelle(String colonne) {
        return LIBELLES.replace("§", colonne);
    }

    /** Rows by the key {@code cle} ({k} in the query), then the same query over every row, labelled "Ensemble". */
    static Map<String, BigDecimal[]> lire(Connection c, String sql, String cle, int n, String... parametres)
            throws SQLException {
        Map<String, BigDecimal[]> m = new LinkedHashMap<>();
        lire(c, sql.replace("{k}", cle), n, parametres, m);
        lire(c, sql.replace("{k}", "'Ensemble'").replace(" GROUP BY 1", ""), n, parametres, m);
        return m;
    }

    private static void lire(Connection c, String sql, int n, String[] parametres, Map<String, BigDecimal[]> m)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parametres.length; i++) {
                ps.setString(i + 1, parametres[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    BigDecimal[] v = new BigDecimal[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = rs.getBigDecimal(2 + i);
                    }
                    m.put(rs.getString(1), v);
                }
            }
        }
    }
}
