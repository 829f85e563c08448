package fr.pacte.lettre.infrastructure;

import fr.pacte.lettre.LettreEnSouffrance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Read model of the follow-up table: every agent with an active mission in the campaign, with the state of his
 * current letter (none written yet counts as a brouillon: the letter exists once a mission does).
 */
@ApplicationScoped
public class SqlSuiviLettres {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    /** @param departement "" for any; @param uai "" for any */
    public List<LettreEnSouffrance> lettres(String annee, String departement, String uai) {
        @SuppressWarnings("unchecked")
        List<Object[]> lignes = em.createNativeQuery("""
                SELECT e.departement_code, a.uai, e.denomination_principale, a.identifiant, p.nom, p.prenom,
                       coalesce(l.etat, 'BROUILLON'), coalesce(l.numero, 1)
                  FROM (SELECT DISTINCT uai, identifiant FROM mission.attribution
                         WHERE annee_scolaire = :a AND NOT annulee) a
                  JOIN referentiel.etablissement e ON e.uai = a.uai
                  JOIN referentiel.personnel p ON p.identifiant = a.identifiant
                  LEFT JOIN mission.lettre l ON l.annee_scolaire = :a AND l.uai = a.uai AND l.identifiant = a.identifiant
                                            AND l.courante
                 WHERE (:d = '' OR e.departement_code = :d) AND (:u = '' OR a.uai = :u)
                 ORDER BY e.departement_code, a.uai, p.nom, p.prenom, a.identifiant""")
                .setParameter("a", annee).setParameter("d", departement).setParameter("u", uai).getResultList();
        return lignes.stream().map(l -> new LettreEnSouffrance((String) l[0], (String) l[1], (String) l[2], (String) l[3],
                (String) l[4], (String) l[5], (String) l[6], ((Number) l[7]).intValue())).toList();
    }
}
