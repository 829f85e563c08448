package fr.pacte.entrepot.infrastructure;

import fr.pacte.entrepot.Chargement;
import fr.pacte.entrepot.ChargementRepository;
import fr.pacte.entrepot.Edition;
import fr.pacte.entrepot.ReglagesVeille;
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
import java.util.Optional;

/** Plain JDBC on entrepot.chargement and entrepot.edition (the warehouse has no JPA entity). */
@ApplicationScoped
public class JdbcChargementRepository implements ChargementRepository {

    static final String SOURCE = "java:jboss/datasources/PacteDS";

    private static final String COLONNES = "id, annees, demande_par, demande_le, execution_id, statut, unites_total, "
            + "unites_faites, termine_le, message, statut IN ('DEMANDE', 'EN_COURS') AND execution_id IS NOT NULL"
            + " AND NOT " + vivant(String.valueOf(ReglagesVeille.silenceSecondes()));

    /** The load's node has signed within the silence (entrepot.noeud). */
    private static String vivant(String silence) {
        return " EXISTS (SELECT 1 FROM entrepot.noeud n WHERE n.nom = chargement.noeud"
                + " AND n.battement >= now() - make_interval(secs => " + silence + "))";
    }

    @Resource(lookup = SOURCE)
    private DataSource source;

    @Override
    public long creer(String annees, String login) {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entrepot.chargement (annees, demande_par) VALUES (?, ?) RETURNING id")) {
            ps.setString(1, annees);
            ps.setString(2, login);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void lancer(long id, long executionId, String noeud) {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(
                // a job may end before this update: its final state is kept
                "UPDATE entrepot.chargement SET execution_id = ?, statut = 'EN_COURS', termine_le = NULL, message = NULL, "
                        + "noeud = ? WHERE id = ? AND statut IN ('DEMANDE', 'ARRETE', 'ECHEC', 'EN_COURS')")) {
            ps.setLong(1, executionId);
            ps.setString(2, noeud);
            ps.setLong(3, id);
            if (ps.executeUpdate() == 0) {
                executionSeule(id, executionId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void executionSeule(long id, long executionId) {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE entrepot.chargement SET execution_id = ? WHERE id = ?")) {
            ps.setLong(1, executionId);
            ps.setLong(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void signer(String noeud) {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO entrepot.noeud (nom, battement) VALUES (?, now())
                ON CONFLICT (nom) DO UPDATE SET battement = now()""");
             PreparedStatement anciens = c.prepareStatement(
                     // nodes silent for a day: their loads are resumed or left to a person long ago
                     "DELETE FROM entrepot.noeud WHERE battement < now() - interval '1 day'")) {
            ps.setString(1, noeud);
            ps.executeUpdate();
            anciens.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean reclamer(long id, String noeud, int silenceSecondes) {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement("""
                UPDATE entrepot.chargement
                   SET noeud = ?, reprises = reprises + CASE WHEN statut IN ('DEMANDE', 'EN_COURS') THEN 1 ELSE 0 END
                 WHERE id = ? AND (statut IN ('ARRETE', 'ECHEC')
                       OR statut IN ('DEMANDE', 'EN_COURS') AND NOT """ + vivant("?") + ")")) {
            ps.setString(1, noeud);
            ps.setLong(2, id);
            ps.setInt(3, silenceSecondes);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Long> silencieux(int silenceSecondes, int reprisesMax) {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT id FROM entrepot.chargement
                 WHERE statut IN ('DEMANDE', 'EN_COURS') AND execution_id IS NOT NULL AND reprises < ?
                   AND NOT """ + vivant("?") + " ORDER BY id")) {
            ps.setInt(1, reprisesMax);
            ps.setInt(2, silenceSecondes);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long unitesRestantes() {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(sum(greatest(unites_total - unites_faites, 0)), 0) FROM entrepot.chargement"
                        + " WHERE statut IN ('DEMANDE', 'EN_COURS')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<Chargement> trouver(long id) {
        List<Chargement> l = lire("SELECT " + COLONNES + " FROM entrepot.chargement WHERE id = ?", id);
        return l.stream().findFirst();
    }

    @Override
    public List<Chargement> derniers(int nombre) {
        return lire("SELECT " + COLONNES + " FROM entrepot.chargement ORDER BY id DESC LIMIT ?", nombre);
    }

    private List<Chargement> lire(String sql, long parametre) {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, parametre);
            List<Chargement> l = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long exec = rs.getLong(5);
                    Chargement lu = new Chargement(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class), rs.wasNull() ? null : exec, rs.getString(6),
                            rs.getInt(7), rs.getInt(8), rs.getObject(9, OffsetDateTime.class), rs.getString(10));
                    // still running in the tables, but its node has gone silent: interrupted
                    l.add(rs.getBoolean(11) ? lu.interrompu() : lu);
                }
            }
            return l;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void journaliserEdition(String annee, String filtres, int seuil, String format, String login, long dureeMs) {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entrepot.edition (annee, filtres, seuil, format, demandee_par, duree_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, annee);
            ps.setString(2, filtres);
            ps.setInt(3, seuil);
            ps.setString(4, format);
            ps.setString(5, login);
            ps.setInt(6, (int) Math.min(Integer.MAX_VALUE, dureeMs));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Edition> editions(int nombre) {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, annee, filtres, seuil, format, demandee_par, demandee_le, duree_ms FROM entrepot.edition "
                        + "ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, nombre);
            List<Edition> l = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(new Edition(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                            rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getInt(8)));
                }
            }
            return l;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
