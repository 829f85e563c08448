package fr.pacte.paiement.infrastructure;

import fr.pacte.paiement.Echeance;
import fr.pacte.paiement.EcheanceRepository;
import fr.pacte.paiement.LigneEcheance;
import fr.pacte.paiement.TotalMois;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

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
    public void remplacerNonEnvoyees(String annee, List<LigneEcheance> lignes, YearMonth moisEnvoye, Long execution) {
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            // only the attributions whose planned rows changed are rewritten: a run moves tens of thousands of rows
            Map<Long, String> existantes = signatures(c, annee);
            Map<Long, List<LigneEcheance>> nouvelles = new LinkedHashMap<>();
            lignes.forEach(l -> nouvelles.computeIfAbsent(l.attributionId(), k -> new ArrayList<>()).add(l));
            List<Long> changees = new ArrayList<>();
            List<LigneEcheance> aEcrire = new ArrayList<>();
            nouvelles.forEach((id, l) -> {
                if (!signature(l).equals(existantes.remove(id))) {
                    changees.add(id);
                    aEcrire.addAll(l);
                }
            });
            changees.addAll(existantes.keySet());
            try (PreparedStatement del = c.prepareStatement("DELETE FROM paiement.echeance WHERE annee_scolaire = ?"
                    + " AND execution_id IS NULL AND attribution_id = ANY (?::bigint[])")) {
                del.setString(1, annee);
                del.setArray(2, c.createArrayOf("bigint", changees.toArray()));
                del.executeUpdate();
            }
            for (int i = 0; i < aEcrire.size(); i += LOT) {
                inserer(c, annee, aEcrire.subList(i, Math.min(aEcrire.size(), i + LOT)), moisEnvoye, execution);
            }
            if (execution != null) {
                try (PreparedStatement envoi = c.prepareStatement("UPDATE paiement.echeance SET execution_id = ?"
                        + " WHERE annee_scolaire = ? AND mois = ? AND execution_id IS NULL")) {
                    envoi.setLong(1, execution);
                    envoi.setString(2, annee);
                    envoi.setDate(3, Date.valueOf(moisEnvoye.atDay(1)));
                    envoi.executeUpdate();
                }
            }
        });
    }

    /** The planned rows of each attribution as one string, in the same form as {@link #signature}. */
    private static Map<Long, String> signatures(Connection c, String annee) throws SQLException {
        Map<Long, String> signatures = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT attribution_id, string_agg(concat_ws('|', to_char(mois, 'YYYY-MM'), montant::text,
                       CASE WHEN regularisation THEN 'R' ELSE 'E' END, identifiant, uai, dispositif, code_mission, taux),
                       ';' ORDER BY mois, regularisation)
                  FROM paiement.echeance WHERE annee_scolaire = ? AND execution_id IS NULL GROUP BY attribution_id""")) {
            ps.setString(1, annee);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    signatures.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return signatures;
    }

    private static String signature(List<LigneEcheance> lignes) {
        StringJoiner s = new StringJoiner(";");
        lignes.stream().sorted(Comparator.comparing(LigneEcheance::mois).thenComparing(LigneEcheance::regularisation))
                .forEach(l -> s.add(String.join("|", l.mois().toString(), l.montant().toPlainString(),
                        l.regularisation() ? "R" : "E", l.identifiant(), l.uai(), l.dispositif(), l.codeMission(), l.taux())));
        return s.toString();
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
}
