package fr.pacte.lettre.infrastructure;

import fr.pacte.lettre.ContenuFige;
import fr.pacte.lettre.EnteteLettre;
import fr.pacte.lettre.LettreLue;
import fr.pacte.attribution.LigneAttribution;
import fr.pacte.referentiel.Modalite;
import fr.pacte.lettre.RedactionLettre;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns the rows of the contents query (one per attribution, grouped by letter) into letters, one at a time, over a
 * server-side cursor: memory holds one letter, whatever their number. Closing the stream closes the connection.
 */
final class ParcoursLettres extends Spliterators.AbstractSpliterator<LettreLue> {

    private static final int LOT_CURSEUR = 500;

    private final ResultSet rs;
    private boolean ligneEnAttente;

    private ParcoursLettres(ResultSet rs) throws SQLException {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.rs = rs;
        this.ligneEnAttente = rs.next();
    }

    static Stream<LettreLue> ouvrir(Connection c, String sql, List<String> parametres) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        try {
            // PostgreSQL streams a result only inside a transaction, with a fetch size
            if (autoCommit) {
                c.setAutoCommit(false);
            }
            PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            s.setFetchSize(LOT_CURSEUR);
            for (int i = 0; i < parametres.size(); i++) {
                s.setString(i + 1, parametres.get(i));
            }
            ResultSet rs = s.executeQuery();
            return StreamSupport.stream(new ParcoursLettres(rs), false).onClose(() -> fermer(c, s, autoCommit));
        } catch (SQLException | RuntimeException e) {
            fermer(c, null, autoCommit);
            throw e;
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super LettreLue> action) {
        if (!ligneEnAttente) {
            return false;
        }
        try {
            String uai = rs.getString(2);
            String identifiant = rs.getString(7);
            Integer numero = (Integer) rs.getObject(12);
            EnteteLettre entete = new EnteteLettre(rs.getString(1), uai, rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), identifiant, rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getString(11), numero == null ? 1 : numero, rs.getString(26));
            String fige = rs.getString(13);
            List<LigneAttribution> lignes = new ArrayList<>();
            int missions = 0;
            do {
                missions++;
                if (fige == null) {
                    lignes.add(ligne(rs));
                }
                ligneEnAttente = rs.next();
            } while (ligneEnAttente && uai.equals(rs.getString(2)) && identifiant.equals(rs.getString(7)));
            action.accept(new LettreLue(uai, identifiant, fige == null
                    ? RedactionLettre.rediger(entete, lignes, null, null) : ContenuFige.lire(fige), missions));
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Lecture des lettres de mission impossible : " + e.getMessage(), e);
        }
    }

    private static LigneAttribution ligne(ResultSet rs) throws SQLException {
        return new LigneAttribution(rs.getString(14), rs.getString(15), rs.getObject(16, LocalDate.class),
                rs.getObject(17, LocalDate.class), rs.getBigDecimal(18), rs.getBigDecimal(19), rs.getString(20),
                rs.getString(21), rs.getBigDecimal(22), rs.getBigDecimal(23), Modalite.valueOf(rs.getString(24)),
                rs.getString(25));
    }

    private static void fermer(Connection c, PreparedStatement s, boolean autoCommit) {
        try (c) {
            if (s != null) {
                s.close();
            }
            if (autoCommit) {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
