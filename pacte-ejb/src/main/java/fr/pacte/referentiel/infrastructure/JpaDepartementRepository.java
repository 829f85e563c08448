package fr.pacte.referentiel.infrastructure;

import fr.pacte.referentiel.DepartementEntite;
import fr.pacte.referentiel.DepartementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaDepartementRepository implements DepartementRepository {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public List<DepartementEntite> tous() {
        return em.createQuery("SELECT d FROM Departement d ORDER BY d.code", DepartementEntite.class).getResultList();
    }

    @Override
    public DepartementEntite trouver(String code) {
        return em.find(DepartementEntite.class, code);
    }

    @Override
    public void ajouter(DepartementEntite departement) {
        em.persist(departement);
    }
}
