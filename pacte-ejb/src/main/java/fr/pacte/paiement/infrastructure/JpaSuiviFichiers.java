package fr.pacte.paiement.infrastructure;

import fr.pacte.paiement.SuiviFichiers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class JpaSuiviFichiers implements SuiviFichiers {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void avancer(long execution, int pourcentage) {
        em.createNativeQuery("UPDATE paiement.execution SET fichiers_progression = ?1 WHERE id = ?2 AND fichiers_etat = 'EN_COURS'")
                .setParameter(1, pourcentage).setParameter(2, execution).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void echouer(long execution, String erreur) {
        em.createNativeQuery("UPDATE paiement.execution SET fichiers_etat = 'ECHEC', fichiers_erreur = ?1"
                        + " WHERE id = ?2 AND fichiers_etat <> 'PRETS'")
                .setParameter(1, erreur).setParameter(2, execution).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void relancer(long execution) {
        em.createNativeQuery("UPDATE paiement.execution SET fichiers_etat = 'EN_COURS', fichiers_progression = 0,"
                        + " fichiers_erreur = NULL WHERE id = ?1 AND fichiers_etat = 'ECHEC'")
                .setParameter(1, execution).executeUpdate();
    }
}
