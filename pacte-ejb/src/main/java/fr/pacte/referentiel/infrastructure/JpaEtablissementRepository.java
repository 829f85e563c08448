package fr.pacte.referentiel.infrastructure;

import fr.pacte.commun.Page;
import fr.pacte.referentiel.Etablissement;
import fr.pacte.referentiel.EtablissementEntite;
import fr.pacte.referentiel.EtablissementRepository;
import fr.pacte.referentiel.FiltreEtablissements;
import fr.pacte.securite.Utilisateur;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@ApplicationScoped
public class JpaEtablissementRepository implements EtablissementRepository {

    /** Columns a screen or the API may sort on; anything else falls back to the UAI. */
    private static final Set<String> TRIS = Set.of("uai", "nature", "denominationPrincipale", "departement",
            "commune", "secteur", "educationPrioritaire");
    private static final int LIGNES_PAR_LECTURE = 500;

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public Page<EtablissementEntite> rechercher(FiltreEtablissements f, Utilisateur perimetre, int page, int taille) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        List<EtablissementEntite> elements = em.createQuery(selection(cb, f, perimetre))
                .setFirstResult(page * taille).setMaxResults(taille).getResultList();

        CriteriaQuery<Long> c = cb.createQuery(Long.class);
        Root<EtablissementEntite> ce = c.from(EtablissementEntite.class);
        c.select(cb.count(ce)).where(predicats(cb, ce, f, perimetre));
        return new Page<>(elements, em.createQuery(c).getSingleResult(), page, taille);
    }

    @Override
    public void parcourir(FiltreEtablissements f, Utilisateur perimetre, Consumer<Etablissement> action) {
        // in the request's transaction (autocommit off), a fetch size makes PostgreSQL's driver read through a cursor
        try (Stream<EtablissementEntite> tous = em.createQuery(selection(em.getCriteriaBuilder(), f, perimetre))
                .setHint("org.hibernate.fetchSize", LIGNES_PAR_LECTURE).setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            tous.forEach(e -> {
                action.accept(e.vue());
                em.detach(e);
            });
        }
    }

    private static CriteriaQuery<EtablissementEntite> selection(CriteriaBuilder cb, FiltreEtablissements f, Utilisateur u) {
        CriteriaQuery<EtablissementEntite> q = cb.createQuery(EtablissementEntite.class);
        Root<EtablissementEntite> e = q.from(EtablissementEntite.class);
        q.where(predicats(cb, e, f, u));
        String tri = f.tri() != null && TRIS.contains(f.tri()) ? f.tri() : "uai";
        Order ordre = f.triAscendant() ? cb.asc(e.get(tri)) : cb.desc(e.get(tri));
        return q.orderBy(ordre, cb.asc(e.get("uai")));
    }

    private static Predicate[] predicats(CriteriaBuilder cb, Root<EtablissementEntite> e, FiltreEtablissements f, Utilisateur u) {
        List<Predicate> p = new ArrayList<>();
        switch (u.role()) {
            case DASEN -> p.add(cb.equal(e.get("departement"), u.departement()));
            case IEN -> p.add(cb.equal(e.get("circonscription"), u.circonscription()));
            case CHEF_ETABLISSEMENT -> p.add(cb.equal(e.get("uai"), u.uai()));
            default -> { }
        }
        if (f.departement() != null) {
            p.add(cb.equal(e.get("departement"), f.departement()));
        }
        if (f.nature() != null) {
            p.add(cb.equal(e.get("nature"), f.nature()));
        }
        if (f.educationPrioritaire() != null) {
            p.add(cb.equal(e.get("educationPrioritaire"), f.educationPrioritaire()));
        }
        if (f.secteur() != null) {
            p.add(cb.equal(e.get("secteur"), f.secteur()));
        }
        p.addAll(Criteres.contientLesMots(cb, e.get("recherche"), f.texte()));
        return p.toArray(Predicate[]::new);
    }

    @Override
    public Map<String, EtablissementEntite> parUai(Collection<String> uais) {
        if (uais.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM Etablissement e WHERE e.uai IN :uais", EtablissementEntite.class)
                .setParameter("uais", uais).getResultStream()
                .collect(Collectors.toMap(EtablissementEntite::getUai, Function.identity()));
    }

    @Override
    public EtablissementEntite trouver(String uai) {
        return uai == null ? null : em.find(EtablissementEntite.class, uai.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public void ajouter(EtablissementEntite etablissement) {
        em.persist(etablissement);
    }
}
