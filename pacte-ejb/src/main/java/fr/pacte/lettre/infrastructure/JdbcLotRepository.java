package fr.pacte.lettre.infrastructure;

import fr.pacte.lettre.EtatLot;
import fr.pacte.lettre.LotRepository;
import fr.pacte.lettre.LotVue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC: the worker updates the lot outside any transaction (each statement commits by itself); the ZIP is a
 * large object, written and read through PgJDBC's large object API (streamed, never whole in memory), its removal
 * left to the table's trigger (V33).
 */
@ApplicationScoped
public class JdbcLotRepository implements LotRepository {

    @Resource(lookup = "java:jboss/datasources/PacteDS")
    private DataSource ds;

    @Override
    public long creer(String anneeScolaire, String uai, String departement, String demandeur, String noeud) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO mission.lot_lettres (annee_scolaire, uai, departement_code, demandeur, etat, cree_le, noeud, battement)
                VALUES (?, ?, ?, ?, 'EN_ATTENTE', now(), ?, now()) RETURNING id""")) {
            s.setString(1, anneeScolaire);
            s.setString(2, uai);
            s.setString(3, departement);
            s.setString(4, demandeur);
            s.setString(5, noeud);
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
    public boolean demarrer(long id, long total, String noeud) {
        return executer("UPDATE mission.lot_lettres SET etat = 'EN_COURS', total = ?, faites = 0, battement = now()"
                + " WHERE id = ? AND noeud = ?", total, id, noeud) == 1;
    }

    @Override
    public boolean avancer(long id, int faites, String noeud) {
        return executer("UPDATE mission.lot_lettres SET faites = ?, battement = now() WHERE id = ? AND noeud = ?",
                faites, id, noeud) == 1;
    }

    @Override
    public boolean terminer(long id, Path zip, String message, String noeud) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                LargeObjectManager objets = c.unwrap(PGConnection.class).getLargeObjectAPI();
                long oid = objets.createLO(LargeObjectManager.READWRITE);
                try (LargeObject objet = objets.open(oid, LargeObjectManager.WRITE);
                     OutputStream sortie = objet.getOutputStream()) {
                    Files.copy(zip, sortie);
                }
                int faites;
                try (PreparedStatement s = c.prepareStatement("""
                        UPDATE mission.lot_lettres SET etat = 'TERMINE', archive = ?, taille = ?, message = ?,
                               termine_le = now(), battement = now()
                         WHERE id = ? AND noeud = ?""")) {
                    s.setLong(1, oid);
                    s.setLong(2, Files.size(zip));
                    s.setString(3, message);
                    s.setLong(4, id);
                    s.setString(5, noeud);
                    faites = s.executeUpdate();
                }
                if (faites == 1) {
                    c.commit();
                } else {
                    c.rollback(); // the large object goes with the transaction
                }
                return faites == 1;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Archive du lot " + id + " non enregistrée : " + e.getMessage(), e);
        }
    }

    @Override
    public void echouer(long id, String message, String noeud) {
        executer("UPDATE mission.lot_lettres SET etat = 'ECHEC', message = left(?, 500), termine_le = now()"
                + " WHERE id = ? AND noeud IS NOT DISTINCT FROM ?", message, id, noeud);
    }

    @Override
    public void ecrireArchive(long id, OutputStream sortie) throws IOException {
        try (Connection c = ds.getConnection()) {
            // a large object is read inside a transaction: the caller's (JTA), or a local one
            boolean locale = c.getAutoCommit();
            if (locale) {
                c.setAutoCommit(false);
            }
            try (PreparedStatement s = c.prepareStatement("SELECT archive FROM mission.lot_lettres WHERE id = ?")) {
                s.setLong(1, id);
                long oid;
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || rs.getObject(1) == null) {
                        throw new IOException("Le lot " + id + " n'a pas d'archive.");
                    }
                    oid = rs.getLong(1);
                }
                LargeObjectManager objets = c.unwrap(PGConnection.class).getLargeObjectAPI();
                try (LargeObject objet = objets.open(oid, LargeObjectManager.READ); InputStream entree = objet.getInputStream()) {
                    entree.transferTo(sortie);
                }
            } finally {
                if (locale) {
                    c.commit();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IOException("Lecture de l'archive du lot " + id + " impossible : " + e.getMessage(), e);
        }
    }

    @Override
    public void signer(String noeud) {
        executer("UPDATE mission.lot_lettres SET battement = now() WHERE noeud = ? AND etat IN ('EN_ATTENTE', 'EN_COURS')",
                noeud);
    }

    @Override
    public List<Long> reprendre(String noeud, int seuilSecondes, int reprisesMax) {
        executer("""
                UPDATE mission.lot_lettres SET etat = 'ECHEC', termine_le = now(),
                       message = 'Abandonné : interrompu ' || reprises || ' fois par l''arrêt de son serveur.'
                 WHERE etat IN ('EN_ATTENTE', 'EN_COURS') AND reprises >= ?
                   AND battement < now() - make_interval(secs => ?)""", reprisesMax, seuilSecondes);
        List<Long> ids = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                UPDATE mission.lot_lettres SET noeud = ?, battement = now(), reprises = reprises + 1,
                       etat = 'EN_ATTENTE', faites = 0
                 WHERE etat IN ('EN_ATTENTE', 'EN_COURS') AND reprises < ?
                   AND battement < now() - make_interval(secs => ?)
                RETURNING id""")) {
            s.setString(1, noeud);
            s.setInt(2, reprisesMax);
            s.setInt(3, seuilSecondes);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    @Override
    public int purger(int jours) {
        return executer("""
                DELETE FROM mission.lot_lettres WHERE etat IN ('TERMINE', 'ECHEC')
                   AND coalesce(termine_le, cree_le) < now() - make_interval(days => ?)""", jours);
    }

    private int executer(String sql, Object... parametres) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parametres.length; i++) {
                s.setObject(i + 1, parametres[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
