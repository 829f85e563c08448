package fr.pacte.entrepot.infrastructure;

import fr.pacte.entrepot.FiltreStatistiques;
import fr.pacte.entrepot.RapportPublieRepository;
import fr.pacte.entrepot.SecretDesRapports;
import fr.pacte.entrepot.TableauStatistique;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored versions of the report (V32). The tables are the report's own serializable records; they are read back
 * through a filter that admits only them and the JDK's collections and numbers, within bounds of depth, references,
 * array length and size.
 */
@ApplicationScoped
public class JdbcRapportPublieRepository implements RapportPublieRepository {

    private static final ObjectInputFilter CLASSES = info -> {
        // bounds first, whatever the class: a report is a few hundred tables of a few thousand cells
        if (info.depth() > 20 || info.references() > 20_000_000 || info.arrayLength() > 5_000_000
                || info.streamBytes() > 512L << 20) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> c = info.serialClass();
        while (c != null && c.isArray()) {
            c = c.getComponentType();
        }
        if (c == null || c.isPrimitive()) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        String n = c.getName();
        return n.startsWith("fr.pacte.entrepot.") || n.startsWith("java.util.") || n.startsWith("java.math.")
                || n.startsWith("java.lang.") ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    };

    @Resource(lookup = JdbcChargementRepository.SOURCE)
    private DataSource source;

    @Override
    public Optional<List<TableauStatistique>> trouver(String annee, FiltreStatistiques f, int seuil, long version) {
        try (Connection c = source.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT tableaux FROM entrepot.rapport_publie WHERE annee_scolaire = ? AND population = ? AND dimension = ?
                   AND valeur = ? AND seuil = ? AND version = ?""")) {
            cle(ps, annee, f, seuil, version);
            try (ResultSet rs = ps.executeQuery()) {
                // a row this version cannot read (a class changed by an upgrade) is computed again, as if absent
                return rs.next() ? lire(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Lecture du rapport publié " + annee + " : " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void enregistrer(String annee, int seuil, long version, Map<FiltreStatistiques, List<TableauStatistique>> versions) {
        try (Connection c = source.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM entrepot.rapport_publie WHERE annee_scolaire = ? AND version < ?")) {
                ps.setString(1, annee);
                ps.setLong(2, version);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO entrepot.rapport_publie (annee_scolaire, population, dimension, valeur, seuil, version, tableaux)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
                for (Map.Entry<FiltreStatistiques, List<TableauStatistique>> v : versions.entrySet()) {
                    cle(ps, annee, v.getKey(), seuil, version);
                    ps.setBytes(7, ecrire(v.getValue()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Enregistrement du rapport publié " + annee + " : " + e.getMessage(), e);
        }
    }

    private static void cle(PreparedStatement ps, String annee, FiltreStatistiques f, int seuil, long version)
            throws SQLException {
        String dimension = f.departement() != null ? SecretDesRapports.DEPARTEMENT : f.nature() != null
                ? SecretDesRapports.NATURE : f.secteur() != null ? SecretDesRapports.SECTEUR : "";
        String valeur = f.departement() != null ? f.departement() : f.nature() != null ? f.nature()
                : f.secteur() != null ? f.secteur() : "";
        ps.setString(1, annee);
        ps.setString(2, f.population().name());
        ps.setString(3, dimension);
        ps.setString(4, valeur);
        ps.setInt(5, seuil);
        ps.setLong(6, version);
    }

    private static byte[] ecrire(List<TableauStatistique> tableaux) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(b)) {
            o.writeObject(new ArrayList<>(tableaux));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Optional<List<TableauStatistique>> lire(byte[] octets) {
        try (ObjectInputStream i = new ObjectInputStream(new ByteArrayInputStream(octets))) {
            i.setObjectInputFilter(CLASSES);
            return Optional.of(List.copyOf((List<TableauStatistique>) i.readObject()));
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            System.getLogger(JdbcRapportPublieRepository.class.getName()).log(System.Logger.Level.WARNING,
                    "Rapport publié illisible, recalculé : " + e.getMessage());
            return Optional.empty();
        }
    }
}
