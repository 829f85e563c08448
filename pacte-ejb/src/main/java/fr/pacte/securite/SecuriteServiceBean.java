package fr.pacte.securite;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@Stateless
@PermitAll
public class SecuriteServiceBean implements SecuriteService {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public Utilisateur utilisateurCourant() {
        String login = context.getCallerPrincipal().getName();
        Compte compte = em.find(Compte.class, login);
        if (compte == null || !compte.isActif()) {
            throw new AccesRefuseException("Compte inconnu ou désactivé : " + login);
        }
        return compte.utilisateur();
    }

    @Override
    public java.util.List<String> courriels(Role role, String departement, String uai) {
        var q = em.createQuery("SELECT c.courriel FROM Compte c WHERE c.actif = true AND c.role = :r AND c.courriel IS NOT NULL"
                + (departement == null ? "" : " AND c.departement = :d") + (uai == null ? "" : " AND c.uai = :u"), String.class)
                .setParameter("r", role);
        if (departement != null) {
            q.setParameter("d", departement);
        }
        if (uai != null) {
            q.setParameter("u", uai);
        }
        return q.getResultList();
    }
}
