package fr.pacte.referentiel.infrastructure;

import fr.pacte.referentiel.Departement;
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
    public List<Departement> tous() {
        return em.createQuery("SELECT d FROM Departement d ORDER BY d.code", Departement.class).getResultList();
    }

    @Override
    public Departement trouver(String code) {
        return em.find(Departement.class, code);
    }

    @Override
    public void ajouter(Departement departement) {
        em.persist(departement);
    }
}
