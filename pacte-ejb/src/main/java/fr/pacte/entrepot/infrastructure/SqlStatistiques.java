package fr.pacte.entrepot.infrastructure;

import fr.pacte.entrepot.FiltreStatistiques;
import fr.pacte.entrepot.Grille;
import fr.pacte.entrepot.SecretDesRapports;
import fr.pacte.entrepot.StatistiquesRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the warehouse only (never the operational tables): the report's tables, one SQL query each. */
@ApplicationScoped
public class SqlStatistiques implements StatistiquesRepository {

    @Resource(lookup = JdbcChargementRepository.SOURCE)
    private DataSource source;

    public SqlStatistiques() {
        // for CDI
    }

    /** Outside the server (benchmark). */
    public SqlStatistiques(DataSource source) {
        this.source = source;
    }

    @Override
    public List<String> campagnesChargees() {
        return chaines("SELECT annee_scolaire FROM entrepot.dim_campagne ORDER BY annee_scolaire DESC");
    }

    @Override
    public List<String> campagnes() {
        return chaines("SELECT annee_scolaire FROM referentiel.campagne ORDER BY annee_scolaire DESC");
    }

    @Override
    public SecretDesRapports.Valeurs valeurs(String annee) {
        // the column is one of three constants; the campaign is a bound parameter
        String sql = "SELECT DISTINCT %s FROM entrepot.dim_etablissement WHERE annee_scolaire = ? ORDER BY 1";
        return new SecretDesRapports.Valeurs(chaines(sql.formatted("departement_code"), annee),
                chaines(sql.formatted("nature"), annee), chaines(sql.formatted("secteur"), annee));
    }

    @Override
    public java.util.Map<String, String> rangsT07(String annee) {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT code, dispositif, categorie FROM entrepot.dim_mission WHERE annee_scolaire = ?")) {
            ps.setString(1, annee);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // T07's label of its row (RequetesRapport.missionsParCategorie)
                    m.put(rs.getString(1), RequetesRapport.libelle("dispositif", rs.getString(2)) + " – "
                            + RequetesRapport.libelle("categorie", rs.getString(3)));
                }
            }
            return m;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long version() {
        return Long.parseLong(chaines("SELECT coalesce(max(id), 0) FROM entrepot.journal_unite").get(0));
    }

    private List<String> chaines(String sql, String... parametres) {
        List<String> l = new ArrayList<>();
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parametres.length; i++) {
                ps.setString(i + 1, parametres[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(rs.getString(1));
                }
            }
            return l;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<String> campagnePrecedente(String annee) {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT p.annee_scolaire FROM entrepot.dim_campagne n
                  JOIN entrepot.dim_campagne p ON p.annee_debut = n.annee_debut - 1 WHERE n.annee_scolaire = ?""")) {
            ps.setString(1, annee);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Grille> grilles(String annee, FiltreStatistiques filtre) {
        try (Connection c = source.getConnection()) {
            RequetesRapport r = new RequetesRapport(c, annee, filtre);
            List<Grille> g = new ArrayList<>(r.partsDeBeneficiaires());
            g.add(r.missionsParCategorie());
            g.add(r.missionsParMission());
            g.add(r.payeesEtDecharges());
            g.add(r.montantsParDepartement());
            g.add(r.paiementsParMois());
            g.add(r.montantMoyenParSexe());
            g.add(r.partsParSignataire());
            g.add(r.partDuRcd());
            g.add(r.consommationEnveloppes());
            g.add(r.lettresSignees());
            g.addAll(new TableauxComplementaires(r).grilles());
            return g;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
