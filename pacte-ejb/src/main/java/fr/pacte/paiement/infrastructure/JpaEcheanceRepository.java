package fr.pacte.paiement.infrastructure;

import fr.pacte.paiement.Echeance;
import fr.pacte.paiement.EcheanceRepository;
import fr.pacte.paiement.TotalMois;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

@ApplicationScoped
public class JpaEcheanceRepository implements EcheanceRepository {

    /** Rows fetched per round trip by the file's cursor. */
    private static final int CURSEUR = 5_000;

    /** The month's lines, computed and inserted by PostgreSQL in one statement (V31). */
    private static final String ENVOI = """
            WITH envoi AS (
              INSERT INTO paiement.echeance (annee_scolaire, attribution_id, mois, montant, regularisation, execution_id,
                                             identifiant, uai, dispositif, code_mission, taux, nom, prenom)
              SELECT ?, v.attribution_id, v.mois, v.montant, v.regularisation, ?, v.identifiant, v.uai, v.dispositif,
                     v.code_mission, v.taux, p.nom, p.prenom
                FROM paiement.a_verser(?, ?, ?) v LEFT JOIN referentiel.personnel p ON p.identifiant = v.identifiant
               WHERE v.mois = ?
              RETURNING montant)
            SELECT count(*), coalesce(sum(montant), 0) FROM envoi""";

    /** The file's order (as the Java comparator it replaces: code points, not the database's collation). */
    private static final String LIGNES_FICHIER = """
            SELECT identifiant, coalesce(nom, ''), coalesce(prenom, ''), uai, dispositif, code_mission, taux, mois, montant,
                   regularisation
              FROM paiement.echeance WHERE execution_id = ?
             ORDER BY uai COLLATE "C", identifiant COLLATE "C", dispositif COLLATE "C", code_mission COLLATE "C",
                      attribution_id, regularisation""";

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public List<Echeance> envoyees(String annee, String prefixeUai, String identifiant) {
        TypedQuery<Echeance> q = em.createQuery("SELECT e FROM Echeance e WHERE e.anneeScolaire = :annee"
                + " AND e.executionId IS NOT NULL" + (prefixeUai == null ? "" : " AND e.uai LIKE :prefixe")
                + (identifiant == null ? "" : " AND e.identifiant = :id") + " ORDER BY e.mois, e.id", Echeance.class)
                .setParameter("annee", annee);
        if (prefixeUai != null) {
            q.setParameter("prefixe", prefixeUai + "%");
        }
        if (identifiant != null) {
            q.setParameter("id", identifiant);
        }
        return q.getResultList();
    }

    @Override
    public List<TotalMois> envoyesParMois(String annee, String prefixeUai) {
        TypedQuery<Object[]> q = em.createQuery("SELECT e.mois, count(e), sum(e.montant),"
                + " sum(CASE WHEN e.regularisation = true THEN e.montant ELSE 0 END) FROM Echeance e"
                + " WHERE e.anneeScolaire = :annee AND e.executionId IS NOT NULL"
                + (prefixeUai == null ? "" : " AND e.uai LIKE :prefixe") + " GROUP BY e.mois ORDER BY e.mois", Object[].class)
                .setParameter("annee", annee);
        if (prefixeUai != null) {
            q.setParameter("prefixe", prefixeUai + "%");
        }
        return q.getResultStream().map(r -> new TotalMois(YearMonth.from((LocalDate) r[0]), (Long) r[1],
                (BigDecimal) r[2], (BigDecimal) r[3], true)).toList();
    }

    @Override
    public List<TotalMois> prevusParMois(String annee, YearMonth premierOuvert, String prefixeUai) {
        List<?> lignes = em.createNativeQuery("""
                        SELECT CAST(mois AS text), count(*), sum(montant), coalesce(sum(montant) FILTER (WHERE regularisation), 0)
                          FROM paiement.a_verser(?1, ?2) WHERE uai LIKE ?3 GROUP BY mois ORDER BY mois""")
                .setParameter(1, annee).setParameter(2, Date.valueOf(premierOuvert.atDay(1)))
                .setParameter(3, (prefixeUai == null ? "" : prefixeUai) + "%").getResultList();
        List<TotalMois> totaux = new ArrayList<>();
        for (Object o : lignes) {
            Object[] r = (Object[]) o;
            totaux.add(new TotalMois(YearMonth.from(LocalDate.parse((String) r[0])), ((Number) r[1]).longValue(),
                    (BigDecimal) r[2], (BigDecimal) r[3], false));
        }
        return totaux;
    }

    @Override
    public MontantsAttribues montantsAttribues(String annee, String prefixeUai) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT coalesce(sum(a.montant), 0),
                               coalesce(sum(a.montant) FILTER (WHERE a.modalite = 'PONCTUELLE' AND NOT EXISTS
                                   (SELECT 1 FROM paiement.service_fait s WHERE s.attribution_id = a.id)), 0)
                          FROM mission.attribution a
                         WHERE a.annee_scolaire = ?1 AND NOT a.annulee AND a.uai LIKE ?2""")
                .setParameter(1, annee).setParameter(2, (prefixeUai == null ? "" : prefixeUai) + "%").getSingleResult();
        return new MontantsAttribues((BigDecimal) r[0], (BigDecimal) r[1]);
    }

    @Override
    public Envoi envoyer(String annee, YearMonth mois, long execution) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(ENVOI)) {
                Date premier = Date.valueOf(mois.atDay(1));
                ps.setString(1, annee);
                ps.setLong(2, execution);
                ps.setString(3, annee);
                ps.setDate(4, premier);
                ps.setDate(5, premier);
                ps.setDate(6, premier);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Envoi(rs.getInt(1), rs.getBigDecimal(2));
                }
            }
        });
    }

    @Override
    public void lignesDuFichier(long execution, Consumer<LigneFichier> ligne) {
        em.unwrap(Session.class).doWork(c -> {
            // inside the container's transaction (autocommit off) a fetch size makes PgJDBC read with a cursor
            try (PreparedStatement ps = c.prepareStatement(LIGNES_FICHIER)) {
                ps.setFetchSize(CURSEUR);
                ps.setLong(1, execution);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ligne.accept(new LigneFichier(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7),
                                YearMonth.from(rs.getDate(8).toLocalDate()), rs.getBigDecimal(9), rs.getBoolean(10)));
                    }
                }
            }
        });
    }

    @Override
    public List<TotalDepartement> totauxParDepartement(long execution) {
        List<TotalDepartement> totaux = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT left(x.uai, 3), coalesce(d.libelle, ''), x.dispositif, count(*), sum(x.montant),
                           coalesce(sum(x.montant) FILTER (WHERE x.regularisation), 0)
                      FROM paiement.echeance x LEFT JOIN referentiel.departement d ON d.code = left(x.uai, 3)
                     WHERE x.execution_id = ?
                     GROUP BY 1, 2, 3 ORDER BY left(x.uai, 3) COLLATE "C", x.dispositif COLLATE "C"
                    """)) {
                ps.setLong(1, execution);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        totaux.add(new TotalDepartement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getBigDecimal(5), rs.getBigDecimal(6)));
                    }
                }
            }
        });
        return totaux;
    }
}
