package fr.pacte.dotation.infrastructure;

import fr.pacte.dotation.AlerteConsommation;
import fr.pacte.dotation.ConsommationGroupe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/** Read model of the home page's consumption figures: the envelopes with the consumption the triggers maintain. */
@ApplicationScoped
public class SqlPilotageConsommation {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    /** @param groupe "departement_code" or "nature" (column of referentiel.etablissement, never user input) */
    public List<ConsommationGroupe> consommation(String annee, String groupe) {
        @SuppressWarnings("unchecked")
        List<Object[]> lignes = em.createNativeQuery("SELECT et." + groupe + ", sum(e.parts), sum(e.parts_attribuees),"
                + " sum(e.imp), sum(e.imp_attribues) FROM dotation.enveloppe e JOIN referentiel.etablissement et ON et.uai = e.uai"
                + " WHERE e.annee_scolaire = :a GROUP BY 1 ORDER BY 1").setParameter("a", annee).getResultList();
        return lignes.stream().map(l -> new ConsommationGroupe((String) l[0], d(l[1]), d(l[2]), d(l[3]), d(l[4]))).toList();
    }

    /** Envelopes with something given, and the same UAI's envelope of the previous campaign when there was one. */
    public List<AlerteConsommation> enveloppes(String annee, String anneePrecedente) {
        @SuppressWarnings("unchecked")
        List<Object[]> lignes = em.createNativeQuery("""
                SELECT et.departement_code, e.uai, et.denomination_principale, et.nature, e.parts, e.parts_attribuees,
                       e.imp, e.imp_attribues, p.parts, p.parts_consommees, p.imp, p.imp_consommes
                  FROM dotation.enveloppe e
                  JOIN referentiel.etablissement et ON et.uai = e.uai
                  LEFT JOIN dotation.enveloppe p ON p.uai = e.uai AND p.annee_scolaire = :p
                 WHERE e.annee_scolaire = :a AND (e.parts > 0 OR e.imp > 0)
                 ORDER BY et.departement_code, e.uai""").setParameter("a", annee).setParameter("p", anneePrecedente)
                .getResultList();
        return lignes.stream().map(l -> new AlerteConsommation((String) l[0], (String) l[1], (String) l[2], (String) l[3],
                d(l[4]), d(l[5]), d(l[6]), d(l[7]), n(l[8]), n(l[9]), n(l[10]), n(l[11]))).toList();
    }

    private static BigDecimal d(Object o) {
        return o == null ? BigDecimal.ZERO : new BigDecimal(o.toString());
    }

    private static BigDecimal n(Object o) {
        return o == null ? null : new BigDecimal(o.toString());
    }
}
