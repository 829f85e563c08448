package fr.pacte.attribution.infrastructure;

import fr.pacte.attribution.SimulationPlafond;

import fr.pacte.attribution.SimulationPlafond.PartsPersonne;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/** Read model of the cap what-if: each person's active Pacte parts outside the voie professionnelle, and his volunteering. */
@ApplicationScoped
public class SqlPartsParPersonne {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    public List<PartsPersonne> parts(String annee) {
        @SuppressWarnings("unchecked")
        List<Object[]> lignes = em.createNativeQuery("""
                SELECT a.identifiant, sum(a.parts),
                       EXISTS (SELECT 1 FROM mission.volontaire v WHERE v.annee_scolaire = :a AND v.identifiant = a.identifiant)
                  FROM mission.attribution a
                 WHERE a.annee_scolaire = :a AND NOT a.annulee AND a.dispositif = 'PACTE' AND a.voie <> 'VOIE_PRO'
                 GROUP BY a.identifiant ORDER BY a.identifiant""").setParameter("a", annee).getResultList();
        return lignes.stream().map(l -> new PartsPersonne((String) l[0], new BigDecimal(l[1].toString()),
                Boolean.TRUE.equals(l[2]))).toList();
    }
}
