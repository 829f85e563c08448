package fr.pacte.lettre.infrastructure;

import fr.pacte.lettre.LettreDeMission;
import fr.pacte.lettre.LettreRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;

@ApplicationScoped
public class JpaLettreRepository implements LettreRepository {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public LettreDeMission courante(String anneeScolaire, String uai, String identifiant) {
        // locked: a signature and a change of missions on the same letter queue instead of crossing
        return requete(" AND l.courante = true ORDER BY l.numero", anneeScolaire, uai, identifiant)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
    }

    @Override
    public List<LettreDeMission> versions(String anneeScolaire, String uai, String identifiant) {
        return requete(" ORDER BY l.numero", anneeScolaire, uai, identifiant).getResultList();
    }

    @Override
    public LettreDeMission version(String anneeScolaire, String uai, String identifiant, int numero) {
        return requete(" AND l.numero = :numero", anneeScolaire, uai, identifiant).setParameter("numero", numero)
                .getResultStream().findFirst().orElse(null);
    }

    @Override
    public void ajouter(LettreDeMission lettre) {
        // Hibernate writes inserts before updates: the version it replaces must stop being current first
        em.flush();
        em.persist(lettre);
        // the unique index on the current version judges two first letters written at once
        em.flush();
    }

    private TypedQuery<LettreDeMission> requete(String suite, String anneeScolaire, String uai, String identifiant) {
        return em.createQuery("SELECT l FROM LettreDeMission l WHERE l.anneeScolaire = :annee AND l.uai = :uai"
                        + " AND l.identifiant = :id" + suite, LettreDeMission.class)
                .setParameter("annee", anneeScolaire).setParameter("uai", uai).setParameter("id", identifiant);
    }
}
