package fr.pacte.attribution.infrastructure;

import java.util.function.Consumer;
import java.util.stream.Stream;

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.pacte.commun.Colonnes.date;
import static fr.pacte.commun.Colonnes.dec;
import static fr.pacte.commun.Colonnes.decOuNull;

/** Native SQL over the attributions joined with the établissements, personnels and catalogue: one query per page. */
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

    @Override
    public List<LigneConsolidation> lignes(FiltreConsolidation f, Utilisateur u, int page, int taille) {
        Map<String, Object> p = new LinkedHashMap<>();
        Query q = em.createNativeQuery(SELECT + FROM + where(f, u, p) + ORDRE + " LIMIT :taille OFFSET :debut");
        p.forEach(q::setParameter);
        q.setParameter("taille", taille).setParameter("debut", page * taille);
        return ((List<?>) q.getResultList()).stream().map(SqlConsolidation::ligne).toList();
    }

    @Override
    public void parcourir(FiltreConsolidation f, Utilisateur u, Consumer<LigneConsolidation> action) {
        Map<String, Object> p = new LinkedHashMap<>();
        Query q = em.createNativeQuery(SELECT + FROM + where(f, u, p) + ORDRE);
        p.forEach(q::setParameter);
        // in the transaction (autocommit off), a fetch size makes PostgreSQL's driver read through a cursor
        q.setHint("org.hibernate.fetchSize", LIGNES_PAR_LECTURE).setHint("org.hibernate.readOnly", true);
        try (Stream<?> lignes = q.getResultStream()) {
            lignes.map(SqlConsolidation::ligne).forEach(action);
        }
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
