package fr.pacte.attribution.infrastructure;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.pacte.attribution.ConsolidationRepository;
import fr.pacte.attribution.FiltreConsolidation;
import fr.pacte.attribution.LigneConsolidation;
import fr.pacte.referentiel.Modalite;
import fr.pacte.attribution.TotauxConsolidation;
import fr.pacte.securite.Role;
import fr.pacte.securite.Utilisateur;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.pacte.commun.Colonnes.date;
import static fr.pacte.commun.Colonnes.dec;
import static fr.pacte.commun.Colonnes.decOuNull;

/** Native SQL over the attributions joined with the établissements, personnels and catalogue: one query per page or export. */
@ApplicationScoped
public class SqlConsolidation implements ConsolidationRepository {

    private static final String FROM = """
              FROM mission.attribution a
              JOIN referentiel.etablissement et ON et.uai = a.uai
              JOIN referentiel.personnel p ON p.identifiant = a.identifiant
              JOIN referentiel.mission_campagne m ON m.annee_scolaire = a.annee_scolaire AND m.code = a.code_mission
              LEFT JOIN mission.suivi_heures s ON s.attribution_id = a.id
             WHERE NOT a.annulee AND a.annee_scolaire = :annee
            """;

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    private static final String SELECT = """
            SELECT a.id, et.uai, et.denomination_principale, et.departement_code, et.nature, et.education_prioritaire,
                   a.identifiant, p.nom, p.prenom, a.dispositif, a.code_mission, m.libelle, a.parts, a.taux_imp,
                   a.unites_imp, a.heures, s.heures_faites, a.modalite, a.date_debut, a.date_fin
            """;
    private static final String ORDRE = " ORDER BY et.departement_code, et.uai, p.nom, p.prenom, a.id";
    private static final int LIGNES_PAR_LECTURE = 1000;
    private static final Pattern PARAMETRE = Pattern.compile(":([a-zA-Z][a-zA-Z0-9]*)");

    @Override
    public List<LigneConsolidation> lignes(FiltreConsolidation f, Utilisateur u, int page, int taille) {
        Map<String, Object> p = new LinkedHashMap<>();
        Query q = em.createNativeQuery(SELECT + FROM + where(f, u, p) + ORDRE + " LIMIT :taille OFFSET :debut");
        p.forEach(q::setParameter);
        q.setParameter("taille", taille).setParameter("debut", page * taille);
        return ((List<?>) q.getResultList()).stream().map(SqlConsolidation::ligne).toList();
    }

    /**
     * Plain JDBC on the transaction's connection (autocommit off): a forward-only statement with a fetch size makes
     * PostgreSQL's driver read through a server-side cursor, {@value #LIGNES_PAR_LECTURE} rows at a time, and each
     * row goes to the action before the next is read (no result list, no entity, nothing kept).
     */
    @Override
    public void parcourir(FiltreConsolidation f, Utilisateur u, Consumer<LigneConsolidation> action) {
        Map<String, Object> p = new LinkedHashMap<>();
        String sql = SELECT + FROM + where(f, u, p) + ORDRE;
        List<Object> valeurs = new ArrayList<>();
        Matcher nom = PARAMETRE.matcher(sql);
        while (nom.find()) {
            valeurs.add(p.get(nom.group(1)));
        }
        String positionnel = nom.replaceAll("?");
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(positionnel, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(LIGNES_PAR_LECTURE);
                for (int i = 0; i < valeurs.size(); i++) {
                    ps.setString(i + 1, (String) valeurs.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.accept(ligne(rs));
                    }
                }
            }
        });
    }

    private static LigneConsolidation ligne(ResultSet rs) throws SQLException {
        return new LigneConsolidation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getBigDecimal(13), rs.getString(14), dec(rs.getBigDecimal(15)), rs.getBigDecimal(16),
                rs.getBigDecimal(17), Modalite.valueOf(rs.getString(18)), rs.getObject(19, LocalDate.class),
                rs.getObject(20, LocalDate.class));
    }

    private static LigneConsolidation ligne(Object o) {
        Object[] l = (Object[]) o;
        return new LigneConsolidation(((Number) l[0]).longValue(), (String) l[1], (String) l[2], (String) l[3],
                (String) l[4], (String) l[5], (String) l[6], (String) l[7], (String) l[8], (String) l[9],
                (String) l[10], (String) l[11], decOuNull(l[12]), (String) l[13], dec(l[14]), decOuNull(l[15]),
                decOuNull(l[16]), Modalite.valueOf((String) l[17]), date(l[18]), date(l[19]));
    }

    @Override
    public long compter(FiltreConsolidation f, Utilisateur u) {
        Map<String, Object> p = new LinkedHashMap<>();
        Query q = em.createNativeQuery("SELECT count(*) " + FROM + where(f, u, p));
        p.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    @Override
    public TotauxConsolidation totaux(FiltreConsolidation f, Utilisateur u) {
        Map<String, Object> p = new LinkedHashMap<>();
        Query q = em.createNativeQuery("""
                SELECT count(*), count(DISTINCT a.uai), count(DISTINCT a.identifiant), coalesce(sum(a.parts), 0),
                       coalesce(sum(CASE WHEN a.modalite <> 'DECHARGE' THEN a.unites_imp ELSE 0 END), 0),
                       coalesce(sum(CASE WHEN a.modalite = 'DECHARGE' THEN a.unites_imp ELSE 0 END), 0),
                       coalesce(sum(a.heures), 0), coalesce(sum(s.heures_faites), 0)
                """ + FROM + where(f, u, p));
        p.forEach(q::setParameter);
        Object[] l = (Object[]) q.getSingleResult();
        return new TotauxConsolidation(((Number) l[0]).longValue(), ((Number) l[1]).longValue(),
                ((Number) l[2]).longValue(), dec(l[3]), dec(l[4]), dec(l[5]), dec(l[6]), dec(l[7]));
    }

    private static String where(FiltreConsolidation f, Utilisateur u, Map<String, Object> p) {
        StringBuilder w = new StringBuilder();
        p.put("annee", f.annee());
        // the scope comes from the caller, never from the filter: a DASEN asking for another département gets nothing
        if (u.role() == Role.DASEN) {
            w.append(" AND et.departement_code = :perimetreDepartement");
            p.put("perimetreDepartement", u.departement());
        } else if (u.role() == Role.CHEF_ETABLISSEMENT) {
            w.append(" AND et.uai = :perimetreUai");
            p.put("perimetreUai", u.uai());
        }
        critere(w, p, "et.departement_code", "departement", f.departement());
        critere(w, p, "et.nature", "nature", f.nature());
        critere(w, p, "et.education_prioritaire", "ep", f.educationPrioritaire());
        critere(w, p, "a.dispositif", "dispositif", f.dispositif());
        critere(w, p, "a.code_mission", "mission", f.codeMission());
        return w.toString();
    }

    private static void critere(StringBuilder w, Map<String, Object> p, String colonne, String nom, String valeur) {
        if (valeur != null && !valeur.isBlank()) {
            w.append(" AND ").append(colonne).append(" = :").append(nom);
            p.put(nom, valeur);
        }
    }
}
