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
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The journal in plain SQL: jsonb columns and an append-only table fit no entity. */
@ApplicationScoped
public class SqlJournalRepository implements JournalRepository {

    /** A day of the period is a day in France, whatever the server's time zone. */
    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");
    private static final int TEXTE_MAX = 2000;
    private static final int LOT = 500;

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public void ajouter(String auteur, Role role, List<Evenement> evenements, Function<Object, String> json) {
        if (evenements.isEmpty()) {
            return;
        }
        // one batch on the transaction's connection: a formula writes thousands of entries in a few round trips
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO securite.journal (auteur, role, action, objet, objet_id, annee_scolaire, departement_code,
                                                  uai, avant, apres, motif)
                    VALUES (?, ?, ?, ?, ?, ?, coalesce(?, substr(?, 1, 3)), ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)""")) {
                int n = 0;
                for (Evenement e : evenements) {
                    String uai = borner(e.uai(), 8);
                    ps.setString(1, borner(auteur, 60));
                    ps.setString(2, role == null ? null : role.name());
                    ps.setString(3, borner(e.action(), 40));
                    ps.setString(4, borner(e.objet(), 30));
                    ps.setString(5, borner(e.objetId(), 120));
                    ps.setString(6, borner(e.annee(), 9));
                    ps.setString(7, borner(e.departement(), 3));
                    ps.setString(8, uai);
                    ps.setString(9, uai);
                    ps.setString(10, json.apply(e.avant()));
                    ps.setString(11, json.apply(e.apres()));
                    ps.setString(12, borner(e.motif(), TEXTE_MAX));
                    ps.addBatch();
                    if (++n % LOT == 0) {
                        ps.executeBatch();
                    }
                }
                if (n % LOT != 0) {
                    ps.executeBatch();
                }
            }
        });
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
            p.put("depuis", Timestamp.from(f.depuis().atStartOfDay(PARIS).toInstant()));
        }
        if (f.jusqua() != null) {
            conditions.add("horodatage < :jusqua");
            p.put("jusqua", Timestamp.from(f.jusqua().plusDays(1).atStartOfDay(PARIS).toInstant()));
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
