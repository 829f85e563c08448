package fr.pacte.attribution.infrastructure;

import static fr.pacte.commun.Colonnes.dec;
import fr.pacte.attribution.Attribution;
import fr.pacte.attribution.AttributionRepository;
import fr.pacte.attribution.AttributionRefuseeException;
import fr.pacte.attribution.AttributionVue;
import fr.pacte.attribution.ErreurAttribution;
import fr.pacte.referentiel.Modalite;
import fr.pacte.attribution.NouvelleAttribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;

@ApplicationScoped
public class JpaAttributionRepository implements AttributionRepository {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    /**
     * The database takes the attribution from its envelope (V11): should the service's check have missed a
     * concurrent change, its refusal reaches the caller as the rule, not as an internal error. Its natural key (V13)
     * answers false: the same attribution was written by a concurrent identical request.
     */
    @Override
    public boolean ajouter(Attribution attribution) {
        try {
            em.persist(attribution); // IDENTITY: inserted here, so the database's checks answer now
            return true;
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException q && "23505".equals(q.getSQLState())
                        && String.valueOf(q.getMessage()).contains("attribution_cle_naturelle")) {
                    return false;
                }
                if (t instanceof SQLException q && "23514".equals(q.getSQLState())) {
                    throw new AttributionRefuseeException(List.of(new ErreurAttribution("enveloppe",
                            "l'enveloppe de l'établissement ne couvre pas cette attribution (contrôle de la base : "
                                    + q.getMessage().lines().findFirst().orElse("") + ")")));
                }
            }
            throw e;
        }
    }

    @Override
    public Attribution memeCle(NouvelleAttribution a) {
        if (a.identifiant() == null || a.codeMission() == null || a.dispositif() == null || a.modalite() == null
                || a.dateDebut() == null || a.dateFin() == null) {
            return null;
        }
        return em.createQuery("""
                SELECT a FROM Attribution a WHERE a.anneeScolaire = :annee AND a.uai = :uai AND a.identifiant = :id
                   AND a.codeMission = :code AND a.dispositif = :dispositif AND a.modalite = :modalite
                   AND a.dateDebut = :debut AND a.dateFin = :fin AND a.annulee = false""", Attribution.class)
                .setParameter("annee", a.annee()).setParameter("uai", a.uai()).setParameter("id", a.identifiant())
                .setParameter("code", a.codeMission()).setParameter("dispositif", a.dispositif())
                .setParameter("modalite", a.modalite()).setParameter("debut", a.dateDebut()).setParameter("fin", a.dateFin())
                .getResultStream().findFirst().orElse(null);
    }

    @Override
    public Attribution trouver(long id) {
        return em.find(Attribution.class, id);
    }

    @Override
    public Attribution verrouiller(long id) {
        return em.find(Attribution.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void synchroniser() {
        em.flush();
    }

    @Override
    public BigDecimal[] consommation(String annee, String uai) {
        Object[] r = em.createQuery("""
                SELECT coalesce(sum(a.parts), 0),
                       coalesce(sum(CASE WHEN a.modalite <> :decharge THEN a.unitesImp ELSE 0 END), 0),
                       coalesce(sum(CASE WHEN a.modalite = :decharge THEN a.unitesImp ELSE 0 END), 0)
                  FROM Attribution a WHERE a.anneeScolaire = :annee AND a.uai = :uai AND a.annulee = false
                   AND a.voie <> 'ACADEMIQUE'""", Object[].class)
                .setParameter("decharge", Modalite.DECHARGE).setParameter("annee", annee).setParameter("uai", uai)
                .getSingleResult();
        return new BigDecimal[]{dec(r[0]), dec(r[1]), dec(r[2])};
    }

    @Override
    public BigDecimal partsDuPersonnel(String annee, String identifiant, String voie) {
        return dec(em.createQuery("SELECT coalesce(sum(a.parts), 0) FROM Attribution a WHERE a.anneeScolaire = :annee"
                        + " AND a.identifiant = :id AND a.voie = :voie AND a.annulee = false")
                .setParameter("annee", annee).setParameter("id", identifiant).setParameter("voie", voie).getSingleResult());
    }

    @Override
    public BigDecimal partsDuPersonnel(String annee, String identifiant) {
        return dec(em.createQuery("SELECT coalesce(sum(a.parts), 0) FROM Attribution a WHERE a.anneeScolaire = :annee"
                        + " AND a.identifiant = :id AND a.annulee = false")
                .setParameter("annee", annee).setParameter("id", identifiant).getSingleResult());
    }

    @Override
    public String[] corpsEtNatureAffectation(String identifiant) {
        List<?> r = em.createNativeQuery("""
                SELECT p.corps, e.nature FROM referentiel.personnel p
                  LEFT JOIN referentiel.etablissement e ON e.uai = p.uai_affectation WHERE p.identifiant = ?1""")
                .setParameter(1, identifiant).getResultList();
        if (r.isEmpty()) {
            return new String[2];
        }
        Object[] l = (Object[]) r.get(0);
        return new String[]{(String) l[0], (String) l[1]};
    }

    @Override
    public List<AttributionVue> lister(String annee, String uai, int page, int taille) {
        return em.createQuery("SELECT a FROM Attribution a WHERE a.anneeScolaire = :annee AND a.uai = :uai ORDER BY a.id",
                        Attribution.class).setParameter("annee", annee).setParameter("uai", uai)
                .setFirstResult(page * taille).setMaxResults(taille).getResultStream().map(Attribution::vue).toList();
    }

    @Override
    public long compter(String annee, String uai) {
        return em.createQuery("SELECT count(a) FROM Attribution a WHERE a.anneeScolaire = :annee AND a.uai = :uai", Long.class)
                .setParameter("annee", annee).setParameter("uai", uai).getSingleResult();
    }

    @Override
    public List<AttributionVue> academiques(String annee) {
        return em.createQuery("SELECT a FROM Attribution a WHERE a.anneeScolaire = :annee AND a.voie = 'ACADEMIQUE' ORDER BY a.id",
                Attribution.class).setParameter("annee", annee).getResultStream().map(Attribution::vue).toList();
    }

    @Override
    public List<AttributionVue> duPersonnel(String identifiant) {
        return em.createQuery("SELECT a FROM Attribution a WHERE a.identifiant = :id AND a.annulee = false"
                        + " ORDER BY a.anneeScolaire DESC, a.uai, a.dateDebut, a.id", Attribution.class)
                .setParameter("id", identifiant).getResultStream().map(Attribution::vue).toList();
    }
}
