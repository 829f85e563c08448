package fr.pacte.dotation.infrastructure;

import fr.pacte.dotation.Allocation;
import fr.pacte.dotation.AllocationVerrouillee;
import fr.pacte.dotation.ChangementEnveloppe;
import fr.pacte.dotation.DotationRepository;
import fr.pacte.dotation.Enveloppe;
import fr.pacte.dotation.EtatAllocation;
import fr.pacte.dotation.LigneAllocation;
import fr.pacte.dotation.Publication;
import fr.pacte.dotation.Reserve;
import fr.pacte.dotation.Revision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.hibernate.envers.AuditReaderFactory;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaDotationRepository implements DotationRepository {

    private static final int LOT = 5_000;

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Inject
    private EnversHistoriqueEnveloppes historique;

    @Override
    public List<Allocation> allocations(String annee) {
        return em.createQuery("SELECT a FROM Allocation a WHERE a.anneeScolaire = :a", Allocation.class)
                .setParameter("a", annee).getResultList();
    }

    @Override
    public AllocationVerrouillee verrouillerAllocation(String annee) {
        Map<LigneAllocation, Allocation> lignes = new EnumMap<>(LigneAllocation.class);
        em.createQuery("SELECT a FROM Allocation a WHERE a.anneeScolaire = :a ORDER BY a.ligne", Allocation.class)
                .setParameter("a", annee).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(a -> lignes.put(a.getLigne(), a));
        // read again after the lock: the distributed amount is a sum of the line's tranches, read with the snapshot
        // taken before the lock waited; edits committed meanwhile must count (and none can change it now)
        lignes.values().forEach(em::refresh);
        // a statement of its own, after the lock: a subquery of the locking statement is read with the snapshot taken
        // before it waited, and would miss a publication committed while it waited
        return new AllocationVerrouillee(lignes, publiee(annee));
    }

    private boolean publiee(String annee) {
        return em.createQuery("SELECT count(p) FROM Publication p WHERE p.anneeScolaire = :a", Long.class)
                .setParameter("a", annee).getSingleResult() > 0;
    }

    @Override
    public Map<LigneAllocation, Allocation> verrouillerLignes(String annee, Set<LigneAllocation> lignes) {
        Map<LigneAllocation, Allocation> verrouillees = new EnumMap<>(LigneAllocation.class);
        if (lignes.isEmpty()) {
            return verrouillees;
        }
        List<LigneAllocation> liste = List.copyOf(lignes);
        // two equalities rather than a list parameter, whose query Hibernate would translate again on each call;
        // rows are locked in the ORDER BY's order (the lock is taken above the sort). A share lock: edits of one line
        // no longer wait for each other (each changes its envelope's tranche, V36); the bulk writers and publier,
        // which take every line for update, still exclude them
        em.createQuery("SELECT a FROM Allocation a WHERE a.anneeScolaire = :a AND (a.ligne = :l1 OR a.ligne = :l2)"
                        + " ORDER BY a.ligne", Allocation.class)
                .setParameter("a", annee).setParameter("l1", liste.get(0)).setParameter("l2", liste.get(liste.size() - 1))
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultList()
                .forEach(a -> verrouillees.put(a.getLigne(), a));
        return verrouillees;
    }

    @Override
    public Optional<Object[]> lireEnveloppe(String annee, String uai) {
        return em.createQuery("SELECT e.voie, e.parts, e.imp FROM Enveloppe e WHERE e.anneeScolaire = :a AND e.uai = :u",
                Object[].class).setParameter("a", annee).setParameter("u", uai).getResultStream().findFirst();
    }

    @Override
    public AllocationVerrouillee.Enveloppe enveloppeVerrouillee(String annee, String uai) {
        // taken after the edit's allocation lines: publier locks every line, so no publication can commit between
        // this statement's snapshot and the edit's commit
        Object[] l = em.createQuery("SELECT e, (SELECT count(p) FROM Publication p WHERE p.anneeScolaire = e.anneeScolaire)"
                        + " FROM Enveloppe e WHERE e.anneeScolaire = :a AND e.uai = :u", Object[].class)
                .setParameter("a", annee).setParameter("u", uai).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        return l == null ? null : new AllocationVerrouillee.Enveloppe((Enveloppe) l[0], ((Number) l[1]).longValue() > 0);
    }

    @Override
    public List<EtatAllocation> etatsAllocation(String annee) {
        return em.createQuery("SELECT a.ligne, a.alloue, a.distribue, a.version FROM Allocation a WHERE a.anneeScolaire = :a",
                Object[].class).setParameter("a", annee).getResultList().stream()
                .map(l -> new EtatAllocation((LigneAllocation) l[0], (java.math.BigDecimal) l[1], (java.math.BigDecimal) l[2],
                        ((Number) l[3]).longValue())).toList();
    }

    @Override
    public List<Reserve> reserves(String annee) {
        return em.createQuery("SELECT r FROM Reserve r WHERE r.anneeScolaire = :a ORDER BY r.departement", Reserve.class)
                .setParameter("a", annee).getResultList();
    }

    @Override
    public Optional<Reserve> reserve(String annee, String departement) {
        return requeteReserve(annee, departement).getResultStream().findFirst();
    }

    @Override
    public Optional<Reserve> reserveVerrouillee(String annee, String departement) {
        return requeteReserve(annee, departement).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private TypedQuery<Reserve> requeteReserve(String annee, String departement) {
        return em.createQuery("SELECT r FROM Reserve r WHERE r.anneeScolaire = :a AND r.departement = :d", Reserve.class)
                .setParameter("a", annee).setParameter("d", departement);
    }

    @Override
    public Publication publication(String annee) {
        return em.find(Publication.class, annee);
    }

    @Override
    public List<String> uaisDotes(String annee) {
        return em.createQuery("SELECT e.uai FROM Enveloppe e WHERE e.anneeScolaire = :a AND (e.parts > 0 OR e.imp > 0)"
                + " ORDER BY e.uai", String.class).setParameter("a", annee).getResultList();
    }

    @Override
    public Map<String, Enveloppe> enveloppes(String annee, List<String> uais) {
        Map<String, Enveloppe> parUai = new HashMap<>();
        if (uais.size() == 1) {
            // a list parameter makes Hibernate translate the query again on each call: the inline edit's single
            // row takes the cached plan of a plain equality
            requeteEnveloppe(annee, uais.get(0)).getResultList().forEach(e -> parUai.put(e.getUai(), e));
            return parUai;
        }
        for (int i = 0; i < uais.size(); i += LOT) {
            em.createQuery("SELECT e FROM Enveloppe e WHERE e.anneeScolaire = :a AND e.uai IN :uais", Enveloppe.class)
                    .setParameter("a", annee).setParameter("uais", uais.subList(i, Math.min(uais.size(), i + LOT)))
                    .getResultList().forEach(e -> parUai.put(e.getUai(), e));
        }
        return parUai;
    }

    @Override
    public void verrouillerEnveloppe(String annee, String uai) {
        requeteEnveloppe(annee, uai).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private TypedQuery<Enveloppe> requeteEnveloppe(String annee, String uai) {
        return em.createQuery("SELECT e FROM Enveloppe e WHERE e.anneeScolaire = :a AND e.uai = :u", Enveloppe.class)
                .setParameter("a", annee).setParameter("u", uai);
    }

    @Override
    public List<ChangementEnveloppe> historique(String annee, String uai) {
        return historique.de(annee, uai);
    }

    @Override
    public void ajouter(Allocation allocation) {
        em.persist(allocation);
    }

    @Override
    public void ajouter(Reserve reserve) {
        em.persist(reserve);
    }

    @Override
    public void ajouter(Publication publication) {
        em.persist(publication);
    }

    @Override
    public void ajouter(Enveloppe enveloppe) {
        em.persist(enveloppe);
    }

    @Override
    public void renseignerRevision(String auteur, String motif) {
        // not persisted now: Envers inserts it at commit with its author and reason, instead of an insert then an update
        AuditReaderFactory.get(em).getCurrentRevision(Revision.class, false).renseigner(auteur, motif);
    }

    @Override
    public void ecrire() {
        ContraintesDotation.ecrire(em);
    }

    @Override
    public void figerConsommation(String annee) {
        em.createNativeQuery("""
                UPDATE dotation.enveloppe SET parts_consommees = parts_attribuees, imp_consommes = imp_attribues
                 WHERE annee_scolaire = ?1""").setParameter(1, annee).executeUpdate();
    }
}
