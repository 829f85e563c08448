package fr.pacte.securite.infrastructure;

import fr.pacte.securite.CleIdempotenceRepository;
import fr.pacte.securite.IdempotenceService.Issue;
import fr.pacte.securite.IdempotenceService.Reservation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

@ApplicationScoped
public class JdbcCleIdempotenceRepository implements CleIdempotenceRepository {

    private static final String RESERVER = """
            INSERT INTO securite.cle_idempotence (appelant, cle, methode, chemin, empreinte) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (appelant, cle) DO NOTHING RETURNING 1""";

    private static final String PURGER =
            "DELETE FROM securite.cle_idempotence WHERE creee_le < now() - make_interval(hours => ?)";

    @Resource(lookup = "java:jboss/datasources/PacteDS")
    private DataSource ds;

    @Override
    public Reservation reserver(String appelant, String cle, String methode, String chemin, String empreinte,
                                int retentionHeures) {
        try (Connection c = ds.getConnection()) {
            // keys past their retention are of no use any more: purged here (index on creee_le), no timer needed
            try (PreparedStatement s = c.prepareStatement(PURGER)) {
                s.setInt(1, retentionHeures);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(RESERVER)) {
                s.setString(1, appelant);
                s.setString(2, cle);
                s.setString(3, methode);
                s.setString(4, chemin);
                s.setString(5, empreinte);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return new Reservation(Issue.NOUVELLE, 0, null, null, null);
                    }
                }
            }
            return existante(c, appelant, cle, empreinte);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reservation existante(Connection c, String appelant, String cle, String empreinte) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT empreinte, statut, type_contenu, emplacement, corps"
                + " FROM securite.cle_idempotence WHERE appelant = ? AND cle = ?")) {
            s.setString(1, appelant);
            s.setString(2, cle);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    // released by a failed first request between our two statements: the caller may retry
                    return new Reservation(Issue.EN_COURS, 0, null, null, null);
                }
                if (!rs.getString(1).equals(empreinte)) {
                    return new Reservation(Issue.AUTRE_REQUETE, 0, null, null, null);
                }
                int statut = rs.getInt(2);
                return rs.wasNull() ? new Reservation(Issue.EN_COURS, 0, null, null, null)
                        : new Reservation(Issue.REJOUEE, statut, rs.getString(3), rs.getString(4), rs.getBytes(5));
            }
        }
    }

    @Override
    public void enregistrer(String appelant, String cle, int statut, String typeContenu, String emplacement, byte[] corps) {
        executer("UPDATE securite.cle_idempotence SET statut = ?, type_contenu = ?, emplacement = ?, corps = ?"
                + " WHERE appelant = ? AND cle = ?", statut, typeContenu, emplacement, corps, appelant, cle);
    }

    @Override
    public void liberer(String appelant, String cle) {
        executer("DELETE FROM securite.cle_idempotence WHERE appelant = ? AND cle = ? AND statut IS NULL", appelant, cle);
    }

    private void executer(String sql, Object... valeurs) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < valeurs.length; i++) {
                s.setObject(i + 1, valeurs[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
