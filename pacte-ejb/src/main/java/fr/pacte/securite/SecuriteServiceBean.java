package fr.pacte.securite;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

@Stateless
@PermitAll
public class SecuriteServiceBean implements SecuriteService {

    @Resource
    private SessionContext context;

    @jakarta.inject.Inject
    private CompteRepository comptes;

    @jakarta.inject.Inject
    private JournalService journal;

    @Override
    public Utilisateur utilisateurCourant() {
        String login = context.getCallerPrincipal().getName();
        Compte compte = comptes.trouver(login);
        if (compte == null || !compte.isActif()) {
            throw new AccesRefuseException("Compte inconnu ou désactivé : " + login);
        }
        return compte.utilisateur();
    }

    @Override
    public void changerMotDePasse(String actuel, String nouveau) {
        String login = context.getCallerPrincipal().getName();
        // the hash is read here only, to check the current password: the entity never maps it
        String hash = comptes.empreinteActive(login);
        if (hash == null || actuel == null || !org.mindrot.jbcrypt.BCrypt.checkpw(actuel, hash)) {
            throw new MotDePasseRefuseException("Mot de passe actuel incorrect.");
        }
        java.util.List<String> refus = RegleMotDePasse.refus(login, actuel, nouveau);
        if (!refus.isEmpty()) {
            throw new MotDePasseRefuseException("Nouveau mot de passe refusé : " + String.join(" ; ", refus) + ".");
        }
        comptes.changerMotDePasse(login, SecretsCompte.empreinte(nouveau), false);
        journal.enregistrerAcces(login, JournalService.MOT_DE_PASSE_CHANGE, "mot de passe", null);
    }

    @Override
    public java.util.List<String> courriels(Role role, String departement, String uai) {
        return comptes.courriels(role, departement, uai);
    }
}
