package fr.pacte.dotation.infrastructure;

import static fr.pacte.commun.Colonnes.dec;
import fr.pacte.commun.Page;
import fr.pacte.commun.Texte;
import fr.pacte.dotation.FiltreDotations;
import fr.pacte.dotation.LecturesDotation;
import fr.pacte.dotation.LigneDotation;
import fr.pacte.dotation.TotalDepartement;
import fr.pacte.referentiel.Voie;
import fr.pacte.referentiel.Nature;
import fr.pacte.securite.Utilisateur;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Native SQL read model: the distribution table joins the établissements (read-only) with this year's and last
 * year's envelopes, so a page of 50 rows out of 1 500 is one query.
 */
@ApplicationScoped
public class SqlLecturesDotation implements LecturesDotation {

    private static final String SELECT = """
            SELECT et.uai, et.denomination_principale, et.nature, et.departement_code, et.education_prioritaire,
                   coalesce(pc.n, 0), env.voie,
                   coalesce(n1.parts, 0), coalesce(n1.imp, 0), coalesce(n1.parts_consommees, 0), coalesce(n1.imp_consommes, 0),
                   coalesce(env.parts, 0), coalesce(env.imp, 0), coalesce(env.decharge_heures, 0), coalesce(env.version, 0)
              FROM referentiel.etablissement et
              LEFT JOIN (SELECT uai_affectation, count(*) AS n FROM referentiel.personnel GROUP BY uai_affectation) pc
                     ON pc.uai_affectation = et.uai
              LEFT JOIN dotation.enveloppe env ON env.uai = et.uai AND env.annee_scolaire = :annee
              LEFT JOIN dotation.enveloppe n1 ON n1.uai = et.uai AND n1.annee_scolaire = :n1
            """;

    private static final Map<String, String> TRIS = Map.of("uai", "et.uai", "denomination", "et.denomination_principale",
            "nature", "et.nature", "departement", "et.departement_code", "personnels", "coalesce(pc.n, 0)",
            "parts", "coalesce(env.parts, 0)", "imp", "coalesce(env.imp, 0)", "partsN1", "coalesce(n1.parts, 0)",
            "partsConsommeesN1", "coalesce(n1.parts_consommees, 0)", "educationPrioritaire", "et.education_prioritaire");

    private static final int LIGNES_PAR_LECTURE = 500;

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public Page<LigneDotation> lignes(String annee, String anneeN1, Voie voieLpo, FiltreDotations f, Utilisateur u,
                                      int page, int taille) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, u, params);
        Query q = em.createNativeQuery(SELECT + where + ordre(f) + " LIMIT :taille OFFSET :debut");
        params.forEach(q::setParameter);
        q.setParameter("annee", annee).setParameter("n1", anneeN1)
                .setParameter("taille", taille).setParameter("debut", page * taille);
        List<LigneDotation> lignes = convertir(q.getResultList(), voieLpo);
        Query c = em.createNativeQuery("SELECT count(*) FROM referentiel.etablissement et" + where);
        params.forEach(c::setParameter);
        return new Page<>(lignes, ((Number) c.getSingleResult()).longValue(), page, taille);
    }

    @Override
    public void parcourir(String annee, String anneeN1, Voie voieLpo, FiltreDotations f, Utilisateur u,
                          Consumer<LigneDotation> action) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery(SELECT + where(f, u, params) + ordre(f));
        params.forEach(q::setParameter);
        q.setParameter("annee", annee).setParameter("n1", anneeN1);
        // in the transaction (autocommit off), a fetch size makes PostgreSQL's driver read through a cursor
        q.setHint("org.hibernate.fetchSize", LIGNES_PAR_LECTURE).setHint("org.hibernate.readOnly", true);
        try (Stream<?> lignes = q.getResultStream()) {
            lignes.forEach(o -> action.accept(ligne((Object[]) o, voieLpo)));
        }
    }

    private static String ordre(FiltreDotations f) {
        String tri = TRIS.getOrDefault(f.tri() == null ? "" : f.tri(), "et.uai") + (f.triAscendant() ? " ASC" : " DESC");
        return " ORDER BY " + tri + ", et.uai";
    }

    @Override
    public List<LigneDotation> toutes(String annee, String anneeN1, Voie voieLpo, FiltreDotations f, Utilisateur u) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery(SELECT + where(f, u, params) + " ORDER BY et.uai");
        params.forEach(q::setParameter);
        q.setParameter("annee", annee).setParameter("n1", anneeN1);
        return convertir(q.getResultList(), voieLpo);
    }

    @Override
    public LigneDotation ligne(String annee, String anneeN1, Voie voieLpo, String uai) {
        Query q = em.createNativeQuery(SELECT + " WHERE et.uai = :uai")
                .setParameter("annee", annee).setParameter("n1", anneeN1).setParameter("uai", uai);
        List<LigneDotation> l = convertir(q.getResultList(), voieLpo);
        return l.isEmpty() ? null : l.get(0);
    }

    @Override
    public List<TotalDepartement> totauxParDepartement(String annee, Utilisateur u) {
        String scope = switch (u.role()) {
            case DASEN -> " WHERE d.code = :dep";
            case IEN -> " WHERE false"; // the départements' totals are the DASEN's and the rectorat's
            case CHEF_ETABLISSEMENT -> " WHERE d.code = (SELECT departement_code FROM referentiel.etablissement WHERE uai = :uai)";
            default -> "";
        };
        // the envelopes' sums come from dotation.total_departement, kept by the envelopes' trigger (migration V10) in
        // 16 tranches per département (V36): summing 1 500 envelopes took 1.4 ms in PostgreSQL for each inline edit
        Query q = em.createNativeQuery("""
                SELECT d.code, d.libelle,
                       (SELECT count(*) FROM referentiel.etablissement et WHERE et.departement_code = d.code),
                       coalesce(t.parts, 0), coalesce(t.imp, 0),
                       coalesce(r.parts_premier_degre + r.parts_second_degre + r.parts_voie_pro, 0), coalesce(r.imp, 0)
                  FROM referentiel.departement d
                  LEFT JOIN (SELECT departement_code, sum(parts) AS parts, sum(imp) AS imp FROM dotation.total_departement
                              WHERE annee_scolaire = :annee GROUP BY departement_code) t ON t.departement_code = d.code
                  LEFT JOIN dotation.reserve r ON r.departement_code = d.code AND r.annee_scolaire = :annee
                """ + scope + " ORDER BY d.code").setParameter("annee", annee);
        switch (u.role()) {
            case DASEN -> q.setParameter("dep", u.departement());
            case CHEF_ETABLISSEMENT -> q.setParameter("uai", u.uai());
            default -> { }
        }
        List<?> rows = q.getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new TotalDepartement((String) r[0], (String) r[1],
                ((Number) r[2]).intValue(), dec(r[3]), dec(r[4]), dec(r[5]), dec(r[6]))).toList();
    }

    @Override
    public Map<String, String> natures(java.util.Collection<String> uais) {
        Map<String, String> natures = new HashMap<>();
        if (uais.isEmpty()) {
            return natures;
        }
        List<?> rows = em.createNativeQuery("SELECT uai, nature FROM referentiel.etablissement WHERE uai = ANY(CAST(:uais AS varchar[]))")
                .setParameter("uais", uais.toArray(String[]::new)).getResultList();
        rows.stream().map(o -> (Object[]) o).forEach(r -> natures.put((String) r[0], (String) r[1]));
        return natures;
    }

    private static String where(FiltreDotations f, Utilisateur u, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE true");
        switch (u.role()) {
            case DASEN -> { w.append(" AND et.departement_code = :scopeDep"); params.put("scopeDep", u.departement()); }
            case IEN -> { w.append(" AND et.circonscription_code = :scopeCirc"); params.put("scopeCirc", u.circonscription()); }
            case CHEF_ETABLISSEMENT -> { w.append(" AND et.uai = :scopeUai"); params.put("scopeUai", u.uai()); }
            default -> { }
        }
        if (f.departement() != null) {
            w.append(" AND et.departement_code = :dep");
            params.put("dep", f.departement());
        }
        if (f.nature() != null) {
            w.append(" AND et.nature = :nature");
            params.put("nature", f.nature());
        }
        if (f.educationPrioritaire() != null) {
            w.append(" AND et.education_prioritaire = :ep");
            params.put("ep", f.educationPrioritaire());
        }
        if (f.texte() != null && !f.texte().isBlank()) {
            String[] mots = Texte.pourRecherche(f.texte()).split(" ");
            for (int i = 0; i < mots.length; i++) {
                w.append(" AND et.recherche LIKE :mot").append(i).append(" ESCAPE '\\'");
                params.put("mot" + i, "%" + mots[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return w.toString();
    }

    private static List<LigneDotation> convertir(List<?> rows, Voie voieLpo) {
        return rows.stream().map(o -> ligne((Object[]) o, voieLpo)).toList();
    }

    private static LigneDotation ligne(Object[] r, Voie voieLpo) {
        Nature nature = Nature.valueOf((String) r[2]);
        Voie voie = r[6] == null ? Voie.pour(nature, voieLpo) : Voie.valueOf((String) r[6]);
        return new LigneDotation((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).intValue(), voie, dec(r[7]), dec(r[8]), dec(r[9]), dec(r[10]), dec(r[11]),
                dec(r[12]), dec(r[13]), ((Number) r[14]).longValue());
    }
}
