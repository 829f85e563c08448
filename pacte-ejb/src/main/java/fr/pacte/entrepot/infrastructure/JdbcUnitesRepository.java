package fr.pacte.entrepot.infrastructure;

import fr.pacte.entrepot.chargement.Unite;
import fr.pacte.entrepot.chargement.UnitesRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

@ApplicationScoped
public class JdbcUnitesRepository implements UnitesRepository {

    @Resource(lookup = JdbcChargementRepository.SOURCE)
    private DataSource source;

    /** Read once per server: the key file does not change while it runs. */
    private volatile CleEntrepot cle;

    @Override
    public List<Unite> unites(long chargement, List<String> annees) {
        try (Connection c = source.getConnection()) {
            List<Unite> unites = SqlChargement.unites(c, annees);
            try (PreparedStatement ps = c.prepareStatement("UPDATE entrepot.chargement SET unites_total = ? WHERE id = ?")) {
                ps.setInt(1, unites.size());
                ps.setLong(2, chargement);
                ps.executeUpdate();
            }
            return unites;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void charger(long chargement, long execution, Unite u) {
        try (Connection c = source.getConnection()) {
            long debut = System.nanoTime();
            int lignes = SqlChargement.charger(c, u, cle());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO entrepot.journal_unite (chargement_id, execution_id, rang, unite, lignes, duree_ms)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, chargement);
                ps.setLong(2, execution);
                ps.setInt(3, u.rang());
                ps.setString(4, u.libelle());
                ps.setInt(5, lignes);
                ps.setInt(6, (int) ((System.nanoTime() - debut) / 1_000_000));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE entrepot.chargement SET unites_faites = ? WHERE id = ?")) {
                ps.setInt(1, u.rang() + 1);
                ps.setLong(2, chargement);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private CleEntrepot cle() {
        if (cle == null) {
            cle = CleEntrepot.configuree();
        }
        return cle;
    }

    @Override
    public void terminer(long chargement, String statut, String message) {
        try (Connection c = source.getConnection()) {
            SqlChargement.analyser(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE entrepot.chargement SET statut = ?, termine_le = now(), message = ? WHERE id = ?")) {
            ps.setString(1, statut);
            ps.setString(2, message);
            ps.setLong(3, chargement);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
