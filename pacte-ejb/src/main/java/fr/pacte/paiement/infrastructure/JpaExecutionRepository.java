package fr.pacte.paiement.infrastructure;

import fr.pacte.paiement.EtatFichiers;
import fr.pacte.paiement.Execution;
import fr.pacte.paiement.ExecutionRepository;
import fr.pacte.paiement.ExecutionVue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

@ApplicationScoped
public class JpaExecutionRepository implements ExecutionRepository {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public void verrouiller(String annee) {
        // a transaction-level advisory lock: released at commit or rollback, never left behind
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(hashtext(:cle)) AS text)")
                .setParameter("cle", "paiement.execution:" + annee).getSingleResult();
    }

    @Override
    public boolean verrouillerFichiers(long execution) {
        return (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext(:cle))")
                .setParameter("cle", "paiement.fichiers:" + execution).getSingleResult();
    }

    @Override
    public Execution parId(long execution) {
        return em.find(Execution.class, execution);
    }

    @Override
    public List<Long> fichiersEnCours() {
        return em.createQuery("SELECT e.id FROM Execution e WHERE e.fichiersEtat = :etat", Long.class)
                .setParameter("etat", EtatFichiers.EN_COURS).getResultList();
    }

    @Override
    public YearMonth dernierMoisClos(String annee) {
        LocalDate mois = em.createQuery("SELECT max(e.mois) FROM Execution e WHERE e.anneeScolaire = :annee", LocalDate.class)
                .setParameter("annee", annee).getSingleResult();
        return mois == null ? null : YearMonth.from(mois);
    }

    @Override
    public Execution trouver(String annee, YearMonth mois) {
        return em.createQuery("SELECT e FROM Execution e WHERE e.anneeScolaire = :annee AND e.mois = :mois", Execution.class)
                .setParameter("annee", annee).setParameter("mois", mois.atDay(1))
                .getResultStream().findFirst().orElse(null);
    }

    @Override
    public void ajouter(Execution execution) {
        em.persist(execution);
        em.flush();
    }

    @Override
    public List<ExecutionVue> lister(String annee) {
        // without the files: they are read only when downloaded
        return em.createQuery("SELECT e.id, e.anneeScolaire, e.mois, e.executeeLe, e.executeePar, e.lignes, e.montantTotal,"
                        + " e.fichiersEtat, e.fichiersProgression FROM Execution e WHERE e.anneeScolaire = :annee ORDER BY e.mois", Object[].class)
                .setParameter("annee", annee).getResultStream()
                .map(r -> new ExecutionVue((Long) r[0], (String) r[1], YearMonth.from((LocalDate) r[2]),
                        (OffsetDateTime) r[3], (String) r[4], (Integer) r[5], (BigDecimal) r[6],
                        (EtatFichiers) r[7], ((Number) r[8]).intValue()))
                .toList();
    }
}
