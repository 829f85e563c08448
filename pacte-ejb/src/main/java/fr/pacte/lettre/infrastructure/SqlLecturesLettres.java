package fr.pacte.lettre.infrastructure;

import fr.pacte.lettre.CritereLettres;
import fr.pacte.lettre.EtatLettre;
import fr.pacte.lettre.LecturesLettres;
import fr.pacte.lettre.LettreLue;
import fr.pacte.lettre.LettreVue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The letters read in SQL over the attributions and the référentiel tables they refer to (read only, like a
 * report): one query for a list, one streamed query (server-side cursor) for any number of letter contents.
 * Plain JDBC so the same reads serve the server and the benchmark.
 */
@ApplicationScoped
public class SqlLecturesLettres implements LecturesLettres {

    private static final String LISTE = """
            WITH k AS (
                SELECT annee_scolaire, uai, identifiant, count(*) AS n FROM mission.attribution a
                 WHERE NOT annulee AND %1$s GROUP BY 1, 2, 3
                UNION ALL
                SELECT annee_scolaire, uai, identifiant, 0 FROM mission.lettre a
                 WHERE courante AND %1$s AND NOT EXISTS (SELECT 1 FROM mission.attribution x
                     WHERE x.annee_scolaire = a.annee_scolaire AND x.uai = a.uai AND x.identifiant = a.identifiant
                       AND NOT x.annulee))
            SELECT k.annee_scolaire, k.uai, e.denomination_principale, k.identifiant, p.civilite, p.nom, p.prenom, k.n,
                   coalesce(l.etat, 'BROUILLON'), coalesce(l.numero, 1), l.signee_le, l.acceptee_le,
                   coalesce(l.acceptee_par_chef, false)
              FROM k
              JOIN referentiel.etablissement e ON e.uai = k.uai
              JOIN referentiel.personnel p ON p.identifiant = k.identifiant
              LEFT JOIN mission.lettre l ON l.annee_scolaire = k.annee_scolaire AND l.uai = k.uai
                                        AND l.identifiant = k.identifiant AND l.courante
             ORDER BY k.annee_scolaire DESC, k.uai, p.nom, p.prenom, k.identifiant""";

    static final String CONTENUS = """
            SELECT a.annee_scolaire, a.uai, e.nature, e.denomination_principale, e.denomination_complementaire,
                   e.commune, a.identifiant, p.civilite, p.prenom, p.nom, p.discipline, l.numero, l.contenu,
                   a.dispositif, coalesce(ad.libelle || coalesce(' : ' || ad.contenu, ''), m.libelle), a.date_debut,
                   a.date_fin, a.parts, a.heures, a.taux_imp, t.libelle, t.coefficient,
                   -- the IMP's yearly amount as stored with the attribution (V25); the Pacte's is not printed
                   CASE WHEN a.taux_imp IS NOT NULL THEN a.montant END, a.modalite,
                   m.bilan_remis_a, c.libelle
              FROM mission.attribution a
              JOIN referentiel.etablissement e ON e.uai = a.uai
              -- an école's IEN is the one of its circonscription (issue 15, point 4): the letter names it
              LEFT JOIN referentiel.circonscription c ON c.code = e.circonscription_code
              JOIN referentiel.personnel p ON p.identifiant = a.identifiant
              -- the year's catalogue, and the chef's wording for his établissement (issue 15, point 2)
              JOIN referentiel.mission_campagne m ON m.annee_scolaire = a.annee_scolaire AND m.code = a.code_mission
              LEFT JOIN referentiel.mission_adaptation ad ON ad.annee_scolaire = a.annee_scolaire AND ad.uai = a.uai
                                                        AND ad.code = a.code_mission
              LEFT JOIN referentiel.taux_imp t ON t.code_sts = a.taux_imp
              LEFT JOIN mission.lettre l ON l.annee_scolaire = a.annee_scolaire AND l.uai = a.uai
                                        AND l.identifiant = a.identifiant AND l.courante
             WHERE NOT a.annulee AND %s
             ORDER BY a.uai, p.nom, p.prenom, a.identifiant, a.dispositif DESC, m.prioritaire DESC, a.date_debut, a.id""";

    @Resource(lookup = "java:jboss/datasources/PacteDS")
    private DataSource ds;

    public SqlLecturesLettres() {
    }

    /** Outside the server (benchmark): on any PostgreSQL holding the schema. */
    public SqlLecturesLettres(DataSource ds) {
        this.ds = ds;
    }

    @Override
    public String departement(String uai) {
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT departement_code FROM referentiel.etablissement WHERE uai = ?")) {
            s.setString(1, uai);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<LettreVue> lettres(String anneeScolaire, String uai) {
        return liste("a.annee_scolaire = ? AND a.uai = ?", anneeScolaire, uai, anneeScolaire, uai);
    }

    @Override
    public List<LettreVue> lettresDe(String identifiant) {
        return liste("a.identifiant = ?", identifiant, identifiant);
    }

    private List<LettreVue> liste(String filtre, String... parametres) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(LISTE.formatted(filtre))) {
            for (int i = 0; i < parametres.length; i++) {
                s.setString(i + 1, parametres[i]);
            }
            List<LettreVue> vues = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    vues.add(new LettreVue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
                            EtatLettre.valueOf(rs.getString(9)), rs.getInt(10), rs.getObject(11, OffsetDateTime.class),
                            rs.getObject(12, OffsetDateTime.class), rs.getBoolean(13)));
                }
            }
            return vues;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Stream<LettreLue> contenus(CritereLettres critere) {
        Filtre f = Filtre.de(critere);
        try {
            return ParcoursLettres.ouvrir(ds.getConnection(), CONTENUS.formatted(f.sql()), f.parametres());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long compter(CritereLettres critere) {
        Filtre f = Filtre.de(critere);
        String sql = "SELECT count(*) FROM (SELECT DISTINCT a.uai, a.identifiant FROM mission.attribution a"
                + " JOIN referentiel.etablissement e ON e.uai = a.uai WHERE NOT a.annulee AND " + f.sql() + ") k";
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            f.lier(s);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The WHERE clause of a criterion, with its parameters in order. */
    private record Filtre(String sql, List<String> parametres) {

        static Filtre de(CritereLettres c) {
            StringBuilder sql = new StringBuilder("a.annee_scolaire = ?");
            List<String> p = new ArrayList<>(List.of(c.anneeScolaire()));
            if (c.uai() != null) {
                sql.append(" AND a.uai = ?");
                p.add(c.uai());
            }
            if (c.departement() != null) {
                sql.append(" AND e.departement_code = ?");
                p.add(c.departement());
            }
            if (c.identifiant() != null) {
                sql.append(" AND a.identifiant = ?");
                p.add(c.identifiant());
            }
            return new Filtre(sql.toString(), p);
        }

        void lier(PreparedStatement s) throws SQLException {
            for (int i = 0; i < parametres.size(); i++) {
                s.setString(i + 1, parametres.get(i));
            }
        }
    }
}
