package fr.pacte.referentiel.infrastructure;

import fr.pacte.referentiel.Campagne;
import fr.pacte.referentiel.CampagneEntite;
import fr.pacte.referentiel.CampagneRepository;
import fr.pacte.referentiel.VersionCampagne;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

@ApplicationScoped
public class JpaCampagneRepository implements CampagneRepository {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public CampagneEntite trouver(String annee) {
        return annee == null ? null : em.find(CampagneEntite.class, annee);
    }

    @Override
    public CampagneEntite verrouiller(String annee) {
        return em.find(CampagneEntite.class, annee, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<CampagneEntite> toutes() {
        return em.createQuery("SELECT c FROM Campagne c ORDER BY c.anneeScolaire DESC", CampagneEntite.class).getResultList();
    }

    @Override
    public CampagneEntite ouverte() {
        return em.createQuery("SELECT c FROM Campagne c WHERE c.statut = :s ORDER BY c.anneeScolaire DESC", CampagneEntite.class)
                .setParameter("s", Campagne.Statut.OUVERTE).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    @Override
    public List<VersionCampagne> historique(String annee) {
        List<Object[]> lignes = em.createNativeQuery("""
                SELECT id, annee_scolaire, modifie_le, modifie_par, avant::text, apres::text
                  FROM referentiel.campagne_historique WHERE annee_scolaire = ?1 ORDER BY id DESC""", Object[].class)
                .setParameter(1, annee).getResultList();
        return lignes.stream().map(l -> new VersionCampagne(((Number) l[0]).longValue(), (String) l[1],
                l[2] instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : (OffsetDateTime) l[2],
                (String) l[3], (String) l[4], (String) l[5])).toList();
    }

    @Override
    public void ajouter(CampagneEntite campagne) {
        em.persist(campagne);
    }

    @Override
    public void nommerAuteur(String login) {
        em.createNativeQuery("SELECT set_config('pacte.utilisateur', ?1, true)").setParameter(1, login).getSingleResult();
    }

    @Override
    public void ecrire() {
        em.flush();
    }
}
