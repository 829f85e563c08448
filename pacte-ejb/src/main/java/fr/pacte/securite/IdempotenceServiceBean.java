package fr.pacte.securite;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Keys in {@code securite.cle_idempotence} (V13), each step in a transaction of its own. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotenceServiceBean implements IdempotenceService {

    private static final String RESERVER = """
            INSERT INTO securite.cle_idempotence (appelant, cle, methode, chemin, empreinte) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (appelant, cle) DO NOTHING RETURNING 1""";

    private static final String PURGER =
            "DELETE FROM securite.cle_idempotence WHERE creee_le < now() - make_interval(hours => ?)";

    @Resource(lookup = "java:jboss/datasources/PacteDS")
    private DataSource ds;

    @Override
    public Reservation reserver(String appelant, String cle, String methode, String chemin, String empreinte) {
        try (Connection c = ds.getConnection()) {
            // keys past their retention are of no use any more: purged here (index on creee_le), no timer needed
            try (PreparedStatement s = c.prepareStatement(PURGER)) {
                s.setInt(1, RETENTION_HEURES);
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
        } catch (SQLException e) {
            throw new EJBException(e);
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
            throw new EJBException(e);
        }
    }
}
