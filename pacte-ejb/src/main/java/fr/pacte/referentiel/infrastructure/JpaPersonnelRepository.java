package fr.pacte.referentiel.infrastructure;

import fr.pacte.commun.Page;
import fr.pacte.referentiel.EtablissementEntite;
import fr.pacte.referentiel.FiltrePersonnels;
import fr.pacte.referentiel.PersonnelEntite;
import fr.pacte.referentiel.PersonnelRepository;
import fr.pacte.securite.Utilisateur;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class JpaPersonnelRepository implements PersonnelRepository {

    private static final Set<String> TRIS = Set.of("identifiant", "nom", "prenom", "corps", "uaiAffectation",
            "dateNaissance", "discipline");
    /** Keeps IN lists well under PostgreSQL's bind-parameter limit. */
    private static final int LOT = 5_000;

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public Page<PersonnelEntite> rechercher(FiltrePersonnels f, Utilisateur perimetre, int page, int taille) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PersonnelEntite> q = cb.createQuery(PersonnelEntite.class);
        Root<PersonnelEntite> p = q.from(PersonnelEntite.class);
        q.where(predicats(cb, q, p, f, perimetre));
        String tri = f.tri() != null && TRIS.contains(f.tri()) ? f.tri() : "nom";
        q.orderBy(f.triAscendant() ? cb.asc(p.get(tri)) : cb.desc(p.get(tri)), cb.asc(p.get("identifiant")));
        List<PersonnelEntite> elements = em.createQuery(q).setFirstResult(page * taille).setMaxResults(taille).getResultList();

        CriteriaQuery<Long> c = cb.createQuery(Long.class);
        Root<PersonnelEntite> cp = c.from(PersonnelEntite.class);
        c.select(cb.count(cp)).where(predicats(cb, c, cp, f, perimetre));
        return new Page<>(elements, em.createQuery(c).getSingleResult(), page, taille);
    }

    private static Predicate[] predicats(CriteriaBuilder cb, CriteriaQuery<?> q, Root<PersonnelEntite> p,
                                         FiltrePersonnels f, Utilisateur u) {
        List<Predicate> l = new ArrayList<>();
        switch (u.role()) {
            case DASEN -> {
                Subquery<String> uais = q.subquery(String.class);
                Root<EtablissementEntite> e = uais.from(EtablissementEntite.class);
                uais.select(e.get("uai")).where(cb.equal(e.get("departement"), u.departement()));
                l.add(p.get("uaiAffectation").in(uais));
            }
            case IEN -> {
                Subquery<String> uais = q.subquery(String.class);
                Root<EtablissementEntite> e = uais.from(EtablissementEntite.class);
                uais.select(e.get("uai")).where(cb.equal(e.get("circonscription"), u.circonscription()));
                l.add(p.get("uaiAffectation").in(uais));
            }
            case CHEF_ETABLISSEMENT -> l.add(cb.equal(p.get("uaiAffectation"), u.uai()));
            default -> { }
        }
        if (f.uai() != null) {
            l.add(cb.equal(p.get("uaiAffectation"), f.uai()));
        }
        if (f.corps() != null) {
            l.add(cb.equal(p.get("corps"), f.corps()));
        }
        l.addAll(Criteres.contientLesMots(cb, p.get("recherche"), f.texte()));
        return l.toArray(Predicate[]::new);
    }

    @Override
    public PersonnelEntite trouver(String identifiant) {
        return em.find(PersonnelEntite.class, identifiant);
    }

    @Override
    public Map<String, PersonnelEntite> parIdentifiant(Collection<String> identifiants) {
        Map<String, PersonnelEntite> resultat = new HashMap<>();
        List<String> liste = List.copyOf(identifiants);
        for (int i = 0; i < liste.size(); i += LOT) {
            em.createQuery("SELECT p FROM Personnel p WHERE p.identifiant IN :ids", PersonnelEntite.class)
                    .setParameter("ids", liste.subList(i, Math.min(liste.size(), i + LOT)))
                    .getResultStream().forEach(p -> resultat.put(p.getIdentifiant(), p));
        }
        return resultat;
    }

    @Override
    public void ajouter(PersonnelEntite personnel) {
        em.persist(personnel);
    }
}
