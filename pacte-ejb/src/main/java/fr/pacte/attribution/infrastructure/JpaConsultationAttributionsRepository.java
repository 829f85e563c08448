package fr.pacte.attribution.infrastructure;

import fr.pacte.attribution.Attribution;
import fr.pacte.attribution.AttributionVue;
import fr.pacte.attribution.ConsultationAttributionsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;

@ApplicationScoped
public class JpaConsultationAttributionsRepository implements ConsultationAttributionsRepository {

    // Read-only: tens of thousands of rows for a monthly run, never changed by the reader.
    private static final String LECTURE_SEULE = "org.hibernate.readOnly";

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public List<AttributionVue> lister(String annee, String departement, String uai) {
        TypedQuery<Attribution> q = em.createQuery("SELECT a FROM Attribution a WHERE a.anneeScolaire = :annee"
                + (departement == null ? "" : " AND a.uai LIKE :departement")
                + (uai == null ? "" : " AND a.uai = :uai") + " ORDER BY a.id", Attribution.class)
                .setParameter("annee", annee).setHint(LECTURE_SEULE, true);
        if (departement != null) {
            q.setParameter("departement", departement + "%");
        }
        if (uai != null) {
            q.setParameter("uai", uai);
        }
        return q.getResultStream().map(Attribution::vue).toList();
    }

    @Override
    public List<AttributionVue> duPersonnel(String annee, String identifiant) {
        return em.createQuery("SELECT a FROM Attribution a WHERE a.anneeScolaire = :annee AND a.identifiant = :id"
                        + " ORDER BY a.id", Attribution.class)
                .setParameter("annee", annee).setParameter("id", identifiant).setHint(LECTURE_SEULE, true)
                .getResultStream().map(Attribution::vue).toList();
    }
}
