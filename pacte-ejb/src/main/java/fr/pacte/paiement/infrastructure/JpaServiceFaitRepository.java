package fr.pacte.paiement.infrastructure;

import fr.pacte.paiement.ServiceFait;
import fr.pacte.paiement.ServiceFaitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.Set;

@ApplicationScoped
public class JpaServiceFaitRepository implements ServiceFaitRepository {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public ServiceFait trouver(long attributionId) {
        return em.find(ServiceFait.class, attributionId);
    }

    @Override
    public void ajouter(ServiceFait serviceFait) {
        em.persist(serviceFait);
    }

    @Override
    public Set<Long> attributions() {
        return new HashSet<>(em.createQuery("SELECT s.attributionId FROM ServiceFait s", Long.class).getResultList());
    }
}
