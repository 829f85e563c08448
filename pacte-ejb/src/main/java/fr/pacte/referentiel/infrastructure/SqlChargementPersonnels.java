package fr.pacte.referentiel.infrastructure;

import fr.pacte.commun.Texte;
import fr.pacte.referentiel.ChargementPersonnels;
import fr.pacte.referentiel.Uai;
import fr.pacte.referentiel.importation.AnalyseurPersonnels;
import fr.pacte.referentiel.importation.PersonnelLigne;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * COPY into a temporary table dropped at commit, on the connection of the JTA transaction (so that a refused
 * file, or a failure, writes nothing and the journal lines of the same call stay in the same transaction).
 * PgJDBC's copy API is reached through the container's wrapped connection ({@code unwrap(PGConnection.class)}; the
 * EJB module sees the driver's module, see its MANIFEST's {@code Dependencies}).
 */
@ApplicationScoped
public class SqlChargementPersonnels implements ChargementPersonnels {

    private static final String COLONNES = "ligne, identifiant, civilite, nom, prenom, sexe, date_naissance, corps,"
            + " discipline, uai_affectation, recherche, remplacant";
    private static final String CROISEMENTS = """
            SELECT ligne, colonne, valeur, premiere, count(*) OVER () FROM (
              SELECT s.ligne, 'identifiant' AS colonne, s.identifiant AS valeur, d.premiere
                FROM (SELECT identifiant, min(ligne) AS premiere FROM import_personnel
                       WHERE identifiant IS NOT NULL GROUP BY identifiant HAVING count(*) > 1) d
                JOIN import_personnel s ON s.identifiant = d.identifiant AND s.ligne > d.premiere
              UNION ALL
              SELECT s.ligne, 'uai_affectation', s.uai_affectation, NULL FROM import_personnel s
               WHERE s.uai_affectation IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM referentiel.etablissement e WHERE e.uai = s.uai_affectation)
            ) x ORDER BY ligne, colonne LIMIT ?""";
    // A line whose values are all the same is left alone (no new row version, version unchanged). The join first
    // sets aside the unchanged lines, read only: ON CONFLICT DO UPDATE would lock each of their rows, WHERE or not.
    // A file without the optional column remplacant (null here) keeps each person's flag.
    private static final String FUSION = """
            WITH r AS (
              INSERT INTO referentiel.personnel AS p (identifiant, civilite, nom, prenom, sexe, date_naissance, corps,
                     discipline, uai_affectation, recherche, remplacant)
              SELECT s.identifiant, s.civilite, s.nom, s.prenom, s.sexe, s.date_naissance, s.corps, s.discipline,
                     s.uai_affectation, s.recherche, coalesce(s.remplacant, e.remplacant, false)
                FROM import_personnel s LEFT JOIN referentiel.personnel e ON e.identifiant = s.identifiant
               WHERE e.identifiant IS NULL
                  OR (e.civilite, e.nom, e.prenom, e.sexe, e.date_naissance, e.corps, e.discipline, e.uai_affectation,
                     e.remplacant) IS DISTINCT FROM (s.civilite, s.nom, s.prenom, s.sexe, s.date_naissance, s.corps,
                     s.discipline, s.uai_affectation, coalesce(s.remplacant, e.remplacant))
              ON CONFLICT (identifiant) DO UPDATE SET civilite = EXCLUDED.civilite, nom = EXCLUDED.nom,
                     prenom = EXCLUDED.prenom, sexe = EXCLUDED.sexe, date_naissance = EXCLUDED.date_naissance,
                     corps = EXCLUDED.corps, discipline = EXCLUDED.discipline,
                     uai_affectation = EXCLUDED.uai_affectation, recherche = EXCLUDED.recherche,
                     remplacant = EXCLUDED.remplacant, version = p.version + 1
               WHERE (p.civilite, p.nom, p.prenom, p.sexe, p.date_naissance, p.corps, p.discipline, p.uai_affectation,
                     p.remplacant) IS DISTINCT FROM (EXCLUDED.civilite, EXCLUDED.nom, EXCLUDED.prenom, EXCLUDED.sexe,
                     EXCLUDED.date_naissance, EXCLUDED.corps, EXCLUDED.discipline, EXCLUDED.uai_affectation,
                     EXCLUDED.remplacant)
              RETURNING (xmax = 0) AS cree)
            SELECT count(*) FILTER (WHERE cree), count(*) FILTER (WHERE NOT cree) FROM r""";

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public Bilan charger(Alimentation alimentation, BooleanSupplier sansErreurPropre, int maximum) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (Statement s = c.createStatement()) {
                // the checks' grouping and the upsert's join of 100 000 lines stay in memory (default: 4 MB)
                s.execute("SET LOCAL work_mem = '64MB'");
                s.execute("CREATE TEMPORARY TABLE import_personnel (ligne int NOT NULL, identifiant text,"
                        + " civilite text, nom text, prenom text, sexe text, date_naissance date, corps text,"
                        + " discipline text, uai_affectation text, recherche text, remplacant boolean) ON COMMIT DROP");
            }
            int lignes = copier(c, alimentation);
            List<Croisement> croisements = new ArrayList<>();
            int nombre = 0;
            try (PreparedStatement p = c.prepareStatement(CROISEMENTS)) {
                p.setInt(1, maximum);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        croisements.add(new Croisement(rs.getInt(1), rs.getString(2), rs.getString(3),
                                (Integer) rs.getObject(4)));
                        nombre = rs.getInt(5);
                    }
                }
            }
            if (nombre > 0 || !sansErreurPropre.getAsBoolean()) {
                return new Bilan(croisements, nombre, false, lignes, 0, 0);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(FUSION)) {
                rs.next();
                return new Bilan(List.of(), 0, true, lignes, rs.getInt(1), rs.getInt(2));
            }
        });
    }

    /** Streams the lines into the staging table in COPY's text format; @return the number of lines. */
    private static int copier(Connection c, Alimentation alimentation) throws SQLException {
        PGCopyOutputStream copie = new PGCopyOutputStream(c.unwrap(PGConnection.class),
                "COPY import_personnel (" + COLONNES + ") FROM STDIN", 1 << 16);
        int[] lignes = {0};
        Writer w = new OutputStreamWriter(copie, StandardCharsets.UTF_8);
        try {
            StringBuilder sb = new StringBuilder(256);
            alimentation.alimenter(l -> {
                sb.setLength(0);
                sb.append(l.ligne());
                champ(sb, valide(l.identifiant()) ? l.identifiant() : null);
                champ(sb, l.civilite() == null ? null : l.civilite().code());
                champ(sb, l.nom());
                champ(sb, l.prenom());
                champ(sb, l.sexe() == null ? null : l.sexe().name());
                champ(sb, l.dateNaissance() == null ? null : l.dateNaissance().toString());
                champ(sb, l.corps() == null ? null : l.corps().name());
                champ(sb, l.discipline());
                champ(sb, Uai.erreur(l.uaiAffectation()).isEmpty() ? l.uaiAffectation() : null);
                champ(sb, Texte.pourRecherche(l.nom(), l.prenom(), l.identifiant()));
                champ(sb, l.remplacant() == null ? null : l.remplacant() ? "t" : "f");
                sb.append('\n');
                try {
                    w.append(sb);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                lignes[0]++;
            });
            w.flush();
            copie.endCopy();
            return lignes[0];
        } catch (IOException e) {
            throw new SQLException("COPY import_personnel : " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // a refused file: the lines copied so far are whole, so the copy is ended, not cancelled — a cancel
            // would abort the transaction, and with it the journal line of the refusal
            try {
                w.flush();
                copie.endCopy();
            } catch (IOException | SQLException | RuntimeException fin) {
                e.addSuppressed(fin);
            }
            throw e;
        } finally {
            if (copie.isActive()) {
                copie.cancelCopy();
            }
        }
    }

    private static boolean valide(String identifiant) {
        return identifiant != null && AnalyseurPersonnels.identifiantValide(identifiant);
    }

    /** One tab-separated field; COPY's text format escapes backslash, tab and line breaks, and writes null as \N. */
    private static void champ(StringBuilder sb, String valeur) {
        sb.append('\t');
        if (valeur == null) {
            sb.append("\\N");
            return;
        }
        for (int i = 0; i < valeur.length(); i++) {
            char ch = valeur.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
    }
}
