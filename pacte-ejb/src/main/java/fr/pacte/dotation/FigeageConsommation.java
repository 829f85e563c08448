package fr.pacte.dotation;

import fr.pacte.referentiel.CampagneCloturee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * At a campaign's close, each envelope's consumption is frozen from what its attributions in force take (the
 * columns V11's triggers keep): parts, and IMP paid as IMP. Next year's *reconduction N-1* formula reads it.
 */
@ApplicationScoped
public class FigeageConsommation {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    void figer(@Observes CampagneCloturee cloture) {
        em.createNativeQuery("""
                UPDATE dotation.enveloppe SET parts_consommees = parts_attribuees, imp_consommes = imp_attribues
                 WHERE annee_scolaire = ?1""").setParameter(1, cloture.annee()).executeUpdate();
    }
}
