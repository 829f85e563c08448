package fr.pacte.lettre.infrastructure;

import fr.pacte.lettre.EtatLot;
import fr.pacte.lettre.LotRepository;
import fr.pacte.lettre.LotVue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain JDBC: the worker updates the lot outside any transaction (each statement commits by itself). */
@ApplicationScoped
public class JdbcLotRepository implements LotRepository {

    @Resource(lookup = "java:jboss/datasources/PacteDS")
    private DataSource ds;

    @Override
    public long creer(String anneeScolaire, String uai, String departement, String demandeur) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO mission.lot_lettres (annee_scolaire, uai, departement_code, demandeur, etat, cree_le)
                VALUES (?, ?, ?, ?, 'EN_ATTENTE', now()) RETURNING id""")) {
            s.setString(1, anneeScolaire);
            s.setString(2, uai);
            s.setString(3, departement);
            s.setString(4, demandeur);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public LotVue lire(long id) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                SELECT annee_scolaire, uai, departement_code, demandeur, etat, total, faites, taille, message
                  FROM mission.lot_lettres WHERE id = ?""")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new LotVue(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        EtatLot.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getObject(8, Long.class),
                        rs.getString(9));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String fichier(long id) {
        try (Connection c = ds.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT fichier FROM mission.lot_lettres WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void demarrer(long id, long total) {
        executer("UPDATE mission.lot_lettres SET etat = 'EN_COURS', total = ? WHERE id = ?", total, id);
    }

    @Override
    public void avancer(long id, int faites) {
        executer("UPDATE mission.lot_lettres SET faites = ? WHERE id = ?", faites, id);
    }

    @Override
    public void terminer(long id, String fichier, long taille, String message) {
        executer("UPDATE mission.lot_lettres SET etat = 'TERMINE', fichier = ?, taille = ?, message = ?,"
                + " termine_le = now() WHERE id = ?", fichier, taille, message, id);
    }

    @Override
    public void echouer(long id, String message) {
        executer("UPDATE mission.lot_lettres SET etat = 'ECHEC', message = left(?, 500), termine_le = now() WHERE id = ?",
                message, id);
    }

    private void executer(String sql, Object... parametres) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parametres.length; i++) {
                s.setObject(i + 1, parametres[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
