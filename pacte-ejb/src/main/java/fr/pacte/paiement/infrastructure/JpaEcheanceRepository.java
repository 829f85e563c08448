package fr.pacte.paiement.infrastructure;

import fr.pacte.paiement.Echeance;
import fr.pacte.paiement.EcheanceRepository;
import fr.pacte.paiement.LigneEcheance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaEcheanceRepository implements EcheanceRepository {

    /** Rows per INSERT … SELECT FROM unnest(arrays): one round trip for tens of thousands of rows. */
    private static final int LOT = 20_000;

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
    public Map<Long, BigDecimal> totauxEnvoyes(String annee) {
        Map<Long, BigDecimal> totaux = new HashMap<>();
        em.createQuery("SELECT e.attributionId, sum(e.montant) FROM Echeance e WHERE e.anneeScolaire = :annee"
                        + " AND e.executionId IS NOT NULL GROUP BY e.attributionId", Object[].class)
                .setParameter("annee", annee).getResultStream()
                .forEach(r -> totaux.put((Long) r[0], (BigDecimal) r[1]));
        return totaux;
    }

    @Override
    public void remplacerNonEnvoyees(String annee, List<LigneEcheance> lignes, YearMonth moisEnvoye, Long execution) {
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM paiement.echeance WHERE annee_scolaire = ? AND execution_id IS NULL")) {
                del.setString(1, annee);
                del.executeUpdate();
            }
            for (int i = 0; i < lignes.size(); i += LOT) {
                inserer(c, annee, lignes.subList(i, Math.min(lignes.size(), i + LOT)), moisEnvoye, execution);
            }
        });
    }

    private static void inserer(Connection c, String annee, List<LigneEcheance> lot, YearMonth moisEnvoye, Long execution)
            throws SQLException {
        int n = lot.size();
        Object[] attribution = new Object[n];
        Object[] mois = new Object[n];
        Object[] montant = new Object[n];
        Object[] regularisation = new Object[n];
        Object[] executions = new Object[n];
        Object[][] textes = new Object[5][n];
        for (int i = 0; i < n; i++) {
            LigneEcheance l = lot.get(i);
            attribution[i] = l.attributionId();
            mois[i] = Date.valueOf(l.mois().atDay(1));
            montant[i] = l.montant();
            regularisation[i] = l.regularisation();
            executions[i] = execution != null && l.mois().equals(moisEnvoye) ? execution : null;
            textes[0][i] = l.identifiant();
            textes[1][i] = l.uai();
            textes[2][i] = l.dispositif();
            textes[3][i] = l.codeMission();
            textes[4][i] = l.taux();
        }
        try (PreparedStatement ins = c.prepareStatement("""
                INSERT INTO paiement.echeance (annee_scolaire, attribution_id, mois, montant, regularisation, execution_id,
                                               identifiant, uai, dispositif, code_mission, taux)
                SELECT ?, * FROM unnest(?::bigint[], ?::date[], ?::numeric[], ?::boolean[], ?::bigint[],
                                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])""")) {
            ins.setString(1, annee);
            ins.setArray(2, c.createArrayOf("bigint", attribution));
            ins.setArray(3, c.createArrayOf("date", mois));
            ins.setArray(4, c.createArrayOf("numeric", montant));
            ins.setArray(5, c.createArrayOf("boolean", regularisation));
            ins.setArray(6, c.createArrayOf("bigint", executions));
            for (int t = 0; t < 5; t++) {
                ins.setArray(7 + t, c.createArrayOf("text", textes[t]));
            }
            ins.executeUpdate();
        }
    }

    @Override
    public List<LigneEcheance> duMois(long execution) {
        return em.createQuery("SELECT e FROM Echeance e WHERE e.executionId = :execution"
                        + " ORDER BY e.uai, e.identifiant, e.dispositif, e.codeMission, e.attributionId, e.regularisation, e.id",
                        Echeance.class)
                .setParameter("execution", execution).getResultStream().map(Echeance::ligne).toList();
    }
}
