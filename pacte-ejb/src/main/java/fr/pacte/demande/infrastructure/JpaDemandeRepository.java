package fr.pacte.demande.infrastructure;

import fr.pacte.commun.Page;
import fr.pacte.demande.Demande;
import fr.pacte.demande.DemandeRepository;
import fr.pacte.demande.DemandeVue;
import fr.pacte.demande.FiltreDemandes;
import fr.pacte.demande.Notification;
import fr.pacte.demande.SyntheseDemandes;
import fr.pacte.securite.Role;
import fr.pacte.securite.Utilisateur;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaDemandeRepository implements DemandeRepository {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public Demande trouver(long id) {
        return em.find(Demande.class, id);
    }

    @Override
    public void ajouter(Demande demande) {
        em.persist(demande);
    }

    @Override
    public Page<DemandeVue> rechercher(FiltreDemandes f, Utilisateur u, int page, int taille) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder w = new StringBuilder(" WHERE e.uai = d.uai");
        switch (u.role()) {
            case DASEN -> { w.append(" AND d.departement = :scopeDep"); p.put("scopeDep", u.departement()); }
            case IEN -> { w.append(" AND e.circonscription = :scopeCirc"); p.put("scopeCirc", u.circonscription()); }
            case CHEF_ETABLISSEMENT -> { w.append(" AND d.uai = :scopeUai"); p.put("scopeUai", u.uai()); }
            case PERSONNEL, ANALYSTE -> w.append(" AND 1 = 0");
            default -> { }
        }
        if (u.role() != Role.CHEF_ETABLISSEMENT) {
            // a draft belongs to its établissement until it is filed
            w.append(" AND d.etat <> fr.pacte.demande.EtatDemande.BROUILLON");
        }
        ajouter(w, p, "d.anneeScolaire = :annee", "annee", f.anneeScolaire());
        ajouter(w, p, "d.etat = :etat", "etat", f.etat());
        ajouter(w, p, "d.nature = :nature", "nature", f.nature());
        ajouter(w, p, "d.uai = :uai", "uai", f.uai());
        ajouter(w, p, "d.departement = :dep", "dep", f.departement());
        ajouter(w, p, "d.creeeLe >= :depuis", "depuis", f.depuis() == null ? null
                : f.depuis().atStartOfDay(java.time.ZoneId.of("Europe/Paris")).toOffsetDateTime());
        ajouter(w, p, "d.creeeLe < :jusqua", "jusqua", f.jusquA() == null ? null
                : f.jusquA().plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Paris")).toOffsetDateTime());
        TypedQuery<Object[]> q = em.createQuery("SELECT d, e.denominationPrincipale FROM Demande d, Etablissement e" + w
                + " ORDER BY d.creeeLe DESC, d.id DESC", Object[].class);
        TypedQuery<Long> c = em.createQuery("SELECT count(d) FROM Demande d, Etablissement e" + w, Long.class);
        p.forEach((k, v) -> {
            q.setParameter(k, v);
            c.setParameter(k, v);
        });
        List<DemandeVue> vues = q.setFirstResult(page * taille).setMaxResults(taille).getResultStream()
                .map(r -> DemandeVue.de((Demande) r[0], (String) r[1])).toList();
        return new Page<>(vues, c.getSingleResult(), page, taille);
    }

    private static void ajouter(StringBuilder w, Map<String, Object> p, String clause, String nom, Object valeur) {
        if (valeur != null) {
            w.append(" AND ").append(clause);
            p.put(nom, valeur);
        }
    }

    @Override
    public List<SyntheseDemandes> synthese(String annee) {
        return em.createQuery("""
                        SELECT new fr.pacte.demande.SyntheseDemandes(d.departement, d.nature, count(d),
                               sum(CASE WHEN d.etat IN (fr.pacte.demande.EtatDemande.DEPOSEE, fr.pacte.demande.EtatDemande.EN_INSTRUCTION) THEN 1 ELSE 0 END),
                               sum(d.quantite), sum(coalesce(d.quantiteAccordee, d.quantite * 0)))
                          FROM Demande d
                         WHERE d.anneeScolaire = :a AND d.etat <> fr.pacte.demande.EtatDemande.BROUILLON
                         GROUP BY d.departement, d.nature ORDER BY d.departement, d.nature""", SyntheseDemandes.class)
                .setParameter("a", annee).getResultList();
    }

    @Override
    public void notifier(Notification notification) {
        em.persist(notification);
    }

    @Override
    public List<Notification> notifications(Utilisateur u, boolean nonLuesSeulement) {
        String portee = switch (u.role()) {
            case DASEN -> "n.departement = :cle";
            case PERSONNEL -> "n.identifiant = :cle";
            default -> "n.uai = :cle";
        };
        return em.createQuery("SELECT n FROM Notification n WHERE n.role = :role AND " + portee
                        + (nonLuesSeulement ? " AND n.lue = false" : "") + " ORDER BY n.creeeLe DESC, n.id DESC", Notification.class)
                .setParameter("role", u.role()).setParameter("cle", switch (u.role()) {
                    case DASEN -> u.departement();
                    case PERSONNEL -> u.identifiant();
                    default -> u.uai();
                })
                .setMaxResults(200).getResultList();
    }

    @Override
    public boolean dejaNonLue(Notification n) {
        return !em.createQuery("SELECT n.id FROM Notification n WHERE n.lue = false AND n.role = :role AND n.message = :m"
                        + " AND coalesce(n.uai, '') = :uai AND coalesce(n.departement, '') = :d AND coalesce(n.identifiant, '') = :i", Long.class)
                .setParameter("role", n.getRole()).setParameter("m", n.getMessage())
                .setParameter("uai", n.getUai() == null ? "" : n.getUai())
                .setParameter("d", n.getDepartement() == null ? "" : n.getDepartement())
                .setParameter("i", n.getIdentifiant() == null ? "" : n.getIdentifiant())
                .setMaxResults(1).getResultList().isEmpty();
    }
}
