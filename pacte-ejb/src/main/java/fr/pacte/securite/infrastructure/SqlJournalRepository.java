package fr.pacte.securite.infrastructure;

import fr.pacte.securite.EntreeJournal;
import fr.pacte.securite.Evenement;
import fr.pacte.securite.FiltreJournal;
import fr.pacte.securite.JournalRepository;
import fr.pacte.securite.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The journal in plain SQL: jsonb columns and an append-only table fit no entity. */
@ApplicationScoped
public class SqlJournalRepository implements JournalRepository {

    private static final int TEXTE_MAX = 2000;

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public void ajouter(String auteur, Role role, Evenement e, String avantJson, String apresJson) {
        em.createNativeQuery("""
                        INSERT INTO securite.journal (auteur, role, action, objet, objet_id, annee_scolaire, departement_code,
                                                      uai, avant, apres, motif)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce(?7, substr(?8, 1, 3)), ?8, CAST(?9 AS jsonb), CAST(?10 AS jsonb), ?11)""")
                .setParameter(1, auteur).setParameter(2, texte(role == null ? null : role.name()))
                .setParameter(3, e.action()).setParameter(4, e.objet()).setParameter(5, texte(borner(e.objetId(), 120)))
                .setParameter(6, texte(e.annee())).setParameter(7, texte(e.departement())).setParameter(8, texte(e.uai()))
                .setParameter(9, texte(avantJson)).setParameter(10, texte(apresJson))
                .setParameter(11, texte(borner(e.motif(), TEXTE_MAX)))
                .executeUpdate();
    }

    /** Typed, so that a null binds as text and not as an untyped value PostgreSQL cannot cast. */
    private static TypedParameterValue<String> texte(String valeur) {
        return new TypedParameterValue<>(StandardBasicTypes.STRING, valeur);
    }

    private static String borner(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<EntreeJournal> rechercher(FiltreJournal filtre, String departement, int debut, int taille) {
        Map<String, Object> parametres = new LinkedHashMap<>();
        String where = where(filtre, departement, parametres);
        Query q = em.createNativeQuery("SELECT id, horodatage, auteur, role, action, objet, objet_id, annee_scolaire,"
                + " departement_code, uai, avant::text, apres::text, motif FROM securite.journal" + where
                + " ORDER BY horodatage DESC, id DESC OFFSET " + debut + " LIMIT " + taille);
        parametres.forEach(q::setParameter);
        List<EntreeJournal> entrees = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            entrees.add(new EntreeJournal(((Number) r[0]).longValue(), horodatage(r[1]), (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                    (String) r[10], (String) r[11], (String) r[12]));
        }
        return entrees;
    }

    private static java.time.OffsetDateTime horodatage(Object o) {
        if (o instanceof java.time.OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) o).toInstant().atOffset(ZoneOffset.UTC);
    }

    @Override
    public long compter(FiltreJournal filtre, String departement) {
        Map<String, Object> parametres = new LinkedHashMap<>();
        Query q = em.createNativeQuery("SELECT count(*) FROM securite.journal" + where(filtre, departement, parametres));
        parametres.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Only fixed SQL text with named parameters: no value typed by a user reaches the statement's text. */
    private static String where(FiltreJournal f, String departement, Map<String, Object> p) {
        List<String> conditions = new ArrayList<>();
        ajouter(conditions, p, "auteur", "auteur = :auteur", f.auteur());
        ajouter(conditions, p, "objet", "objet = :objet", f.objet());
        ajouter(conditions, p, "objetId", "objet_id = :objetId", f.objetId());
        ajouter(conditions, p, "uai", "uai = :uai", f.uai());
        ajouter(conditions, p, "departement", "departement_code = :departement", f.departement());
        ajouter(conditions, p, "perimetre", "departement_code = :perimetre", departement);
        if (f.depuis() != null) {
            conditions.add("horodatage >= :depuis");
            p.put("depuis", Timestamp.valueOf(f.depuis().atStartOfDay()));
        }
        if (f.jusqua() != null) {
            conditions.add("horodatage < :jusqua");
            p.put("jusqua", Timestamp.valueOf(f.jusqua().plusDays(1).atStartOfDay()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void ajouter(List<String> conditions, Map<String, Object> p, String nom, String condition, String valeur) {
        if (valeur != null && !valeur.isBlank()) {
            conditions.add(condition);
            p.put(nom, valeur.strip());
        }
    }
}
