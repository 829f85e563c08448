package fr.pacte.entrepot.infrastructure;

import fr.pacte.entrepot.exploration.Croisement;
import fr.pacte.entrepot.exploration.Dimension;
import fr.pacte.entrepot.exploration.ExplorationRepository;
import fr.pacte.entrepot.exploration.Mesure;
import fr.pacte.entrepot.exploration.Question;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The exploration's SQL: one GROUPING SETS query per pivot, ((row, col), (row), (col), ()), on the warehouse only.
 * The text is assembled from the constant fragments below, chosen by the enums of the question: nothing the user
 * types reaches it (the campaign and the population are bound parameters).
 *
 * <p>An inner query gives each fact its row and column codes (never NULL: a missing value is '', so NULL in the
 * answer means a rolled-up dimension), the person behind it, its value and whether the measure applies to it. The
 * établissement of every measure is the one of the person's affectation (dim_personnel.uai), so that a person has one
 * value of every person dimension and the margins of those dimensions are the same whatever the measure counts.
 */
@ApplicationScoped
public class SqlExploration implements ExplorationRepository {

    /** Person's profile and établissement of affectation, for a fact {@code f} of the campaign. */
    private static final String PERSONNE_ET_ETABLISSEMENT = """
              JOIN entrepot.dim_personnel p ON p.annee_scolaire = f.annee_scolaire AND p.personnel_cle = f.personnel_cle
              JOIN entrepot.dim_etablissement e ON e.annee_scolaire = p.annee_scolaire AND e.uai = p.uai
            """;

    private static final String MISSION = """
              LEFT JOIN entrepot.dim_mission m ON m.annee_scolaire = f.annee_scolaire AND m.code = f.code_mission
            """;

    @Resource(lookup = JdbcChargementRepository.SOURCE)
    private DataSource source;

    public SqlExploration() {
        // for CDI
    }

    /** Outside the server (tests). */
    public SqlExploration(DataSource source) {
        this.source = source;
    }

    @Override
    public Croisement croiser(Question q) {
        Croisement x = new Croisement(q);
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(sql(q))) {
            ps.setString(1, q.annee());
            ps.setArray(2, c.createArrayOf("text", q.population().categories().toArray(String[]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    x.cellule(rs.getInt(1) == 1 ? null : rs.getString(3), rs.getInt(2) == 1 ? null : rs.getString(4),
                            rs.getBigDecimal(5), rs.getLong(6));
                }
            }
            return x;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The query of a question, public for the tests that read it. */
    public static String sql(Question q) {
        return """
                SELECT grouping(x.l), grouping(x.c), x.l, x.c, %s,
                       count(DISTINCT x.personne) FILTER (WHERE x.pertinent)
                  FROM (SELECT coalesce((%s)::text, '') AS l, coalesce((%s)::text, '') AS c, f.personnel_cle AS personne,
                               %s AS valeur, %s AS pertinent
                          FROM %s) x
                 GROUP BY GROUPING SETS ((x.l, x.c), (x.l), (x.c), ())""".formatted(agregat(q.mesure()),
                colonne(q.lignes()), colonne(q.colonnes()), valeur(q.mesure()), pertinent(q.mesure()), source(q.mesure()));
    }

    /** The SQL of a dimension, on {@code p} (person), {@code e} (établissement of affectation), {@code f}, {@code m}. */
    static String colonne(Dimension d) {
        return switch (d) {
            case SEXE -> "p.sexe";
            case TRANCHE_AGE -> "p.tranche_age";
            case CORPS -> "p.corps";
            case DISCIPLINE -> "p.discipline";
            case POPULATION -> "p.population";
            case DEGRE -> "p.degre";
            case NATURE -> "e.nature";
            case SECTEUR -> "e.secteur";
            case EDUCATION_PRIORITAIRE -> "e.education_prioritaire";
            case DEPARTEMENT -> "e.departement_code || ' ' || e.departement_libelle";
            case DISPOSITIF -> "f.dispositif";
            case CATEGORIE_MISSION -> "m.categorie";
            case MISSION -> "f.code_mission";
            case TAUX_IMP -> "f.taux_imp";
            case MODALITE -> "CASE WHEN f.modalite = 'DECHARGE' THEN 'DECHARGE' WHEN f.modalite IS NOT NULL THEN 'PAYEE' END";
        };
    }

    /**
     * The facts a measure counts, each row aliased {@code f} with the person's key. Effectif: the persons themselves
     * (no mission column: Question refuses mission dimensions). Montant versé: instalments sent to payroll, with
     * their attribution when it is still in force (a cancelled one leaves the mission dimensions empty).
     */
    private static String source(Mesure mesure) {
        return switch (mesure) {
            case EFFECTIF -> """
                    entrepot.dim_personnel p
                      JOIN entrepot.dim_etablissement e ON e.annee_scolaire = p.annee_scolaire AND e.uai = p.uai
                      CROSS JOIN LATERAL (SELECT p.personnel_cle) f
                     WHERE p.annee_scolaire = ? AND p.population = ANY (?)""";
            case MONTANT_VERSE -> """
                    (SELECT v.annee_scolaire, v.personnel_cle, v.montant, coalesce(a.dispositif, v.dispositif) AS dispositif,
                            a.code_mission, a.modalite, a.taux_imp
                       FROM entrepot.fait_echeance v
                       LEFT JOIN entrepot.fait_attribution a
                         ON a.annee_scolaire = v.annee_scolaire AND a.attribution_cle = v.attribution_cle
                      WHERE v.envoyee) f""" + PERSONNE_ET_ETABLISSEMENT + MISSION + """
                     WHERE f.annee_scolaire = ? AND p.population = ANY (?)""";
            default -> "entrepot.fait_attribution f" + PERSONNE_ET_ETABLISSEMENT + MISSION + """
                     WHERE f.annee_scolaire = ? AND p.population = ANY (?)""";
        };
    }

    private static String valeur(Mesure mesure) {
        return switch (mesure) {
            case EFFECTIF, BENEFICIAIRES, MISSIONS -> "1";
            case PARTS -> "f.parts";
            case UNITES_IMP -> "f.unites_imp";
            case MONTANT_ENGAGE -> "f.montant_engage";
            case MONTANT_VERSE -> "f.montant";
        };
    }

    /** Whether the measure applies to the fact: the persons behind a cell are those of the facts it applies to. */
    private static String pertinent(Mesure mesure) {
        return switch (mesure) {
            case EFFECTIF, BENEFICIAIRES, MISSIONS, MONTANT_VERSE -> "true";
            case PARTS -> "f.dispositif = 'PACTE'";
            case UNITES_IMP -> "f.dispositif = 'IMP'";
            case MONTANT_ENGAGE -> "f.modalite <> 'DECHARGE'";
        };
    }

    /** The value of a cell; a sum over no applicable fact is NULL: not applicable ("—"). */
    private static String agregat(Mesure mesure) {
        return switch (mesure) {
            case EFFECTIF, BENEFICIAIRES -> "count(DISTINCT x.personne)::numeric";
            case MISSIONS -> "count(*)::numeric";
            default -> "sum(x.valeur) FILTER (WHERE x.pertinent)";
        };
    }
}
