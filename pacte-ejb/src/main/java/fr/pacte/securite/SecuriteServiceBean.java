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

    @jakarta.inject.Inject
    private JournalService journal;

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
    public void changerMotDePasse(String actuel, String nouveau) {
        String login = context.getCallerPrincipal().getName();
        // the hash is read here only, to check the current password: the entity never maps it
        java.util.List<?> lu = em.createNativeQuery("SELECT mot_de_passe FROM securite.compte WHERE login = ?1 AND actif")
                .setParameter(1, login).getResultList();
        String hash = lu.isEmpty() ? null : (String) lu.get(0);
        if (hash == null || actuel == null || !org.mindrot.jbcrypt.BCrypt.checkpw(actuel, hash)) {
            throw new MotDePasseRefuseException("Mot de passe actuel incorrect.");
        }
        java.util.List<String> refus = RegleMotDePasse.refus(login, actuel, nouveau);
        if (!refus.isEmpty()) {
            throw new MotDePasseRefuseException("Nouveau mot de passe refusé : " + String.join(" ; ", refus) + ".");
        }
        em.createNativeQuery("UPDATE securite.compte SET mot_de_passe = ?1, mot_de_passe_provisoire = false,"
                        + " mot_de_passe_change_le = now() WHERE login = ?2")
                .setParameter(1, org.mindrot.jbcrypt.BCrypt.hashpw(nouveau, org.mindrot.jbcrypt.BCrypt.gensalt(10)))
                .setParameter(2, login).executeUpdate();
        journal.enregistrerAcces(login, JournalService.MOT_DE_PASSE_CHANGE, "mot de passe", null);
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
