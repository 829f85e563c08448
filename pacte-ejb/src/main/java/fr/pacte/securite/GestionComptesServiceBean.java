package fr.pacte.securite;

import fr.pacte.commun.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Accounts written in SQL: the entity {@link Compte} maps no password hash. The database holds the role/scope
 * coherence too (checks of V1, V6, V19); the rules here say which field is wrong before it refuses.
 */
@Stateless
@RolesAllowed(Role.R_RECTORAT)
public class GestionComptesServiceBean implements GestionComptesService {

    @Inject
    private CompteRepository comptes;

    @Inject
    private SecuriteService securite;

    @Inject
    private JournalService journal;

    @Inject
    private ReglesCompte regles;

    @Inject
    private ImportFichierComptes fichier;

    @Override
    public Page<CompteVue> rechercher(String texte, int page, int taille) {
        String motif = texte == null || texte.isBlank() ? "%" : "%" + texte.strip().toLowerCase(Locale.ROOT) + "%";
        return comptes.rechercher(motif, page, taille);
    }

    @Override
    public MotDePasseUnique creer(NouveauCompte c) {
        String login = ReglesCompte.login(c.login());
        regles.libre(login);
        regles.perimetre(c, null);
        ReglesCompte.textes(c);
        String motDePasse = SecretsCompte.provisoire();
        comptes.inserer(login, c, ReglesCompte.nom(login, c), SecretsCompte.empreinte(motDePasse));
        journaliser("COMPTE_CREE", login, null, lire(login));
        return new MotDePasseUnique(login, motDePasse);
    }

    @Override
    public ImportComptes importer(String nomFichier, byte[] contenu) {
        return fichier.importer(nomFichier, contenu);
    }

    @Override
    public CompteVue modifier(String login, NouveauCompte c) {
        CompteVue avant = lire(login);
        regles.perimetre(c, login);
        ReglesCompte.textes(c);
        comptes.modifier(login, c, ReglesCompte.nom(login, c));
        CompteVue apres = lire(login);
        journaliser("COMPTE_MODIFIE", login, avant, apres);
        return apres;
    }

    @Override
    public CompteVue activer(String login, boolean actif) {
        CompteVue avant = lire(login);
        if (!actif && login.equals(securite.utilisateurCourant().login())) {
            throw new CompteRefuseException("actif", "vous ne pouvez pas désactiver votre propre compte");
        }
        comptes.activer(login, actif);
        CompteVue apres = lire(login);
        journaliser(actif ? "COMPTE_ACTIVE" : "COMPTE_DESACTIVE", login, avant, apres);
        return apres;
    }

    @Override
    public MotDePasseUnique reinitialiser(String login) {
        CompteVue avant = lire(login);
        String motDePasse = SecretsCompte.provisoire();
        comptes.changerMotDePasse(login, SecretsCompte.empreinte(motDePasse), true);
        journaliser("MOT_DE_PASSE_REINITIALISE", login, avant, lire(login));
        return new MotDePasseUnique(login, motDePasse);
    }

    @Override
    public List<MotDePasseUnique> creerComptesDesChefs(String departement) {
        // the query already says each UAI exists and each login is free: one insert per account, one journal batch,
        // rather than the single creation's checks and re-reads for each of up to 1 500 établissements
        List<MotDePasseUnique> crees = new ArrayList<>();
        List<Evenement> evenements = new ArrayList<>();
        for (CompteRepository.EtablissementSansChef e : comptes.etablissementsSansChef(departement)) {
            String login = "chef." + e.uai().toLowerCase(Locale.ROOT);
            String motDePasse = SecretsCompte.provisoire();
            String nom = ("ECOLE".equals(e.nature()) ? "Direction de " : "Chef d'établissement de ") + e.denomination();
            comptes.inserer(login, new NouveauCompte(login, Role.CHEF_ETABLISSEMENT, null, null, e.uai(), null, null, null),
                    nom.length() > ReglesCompte.NOM_MAX ? nom.substring(0, ReglesCompte.NOM_MAX) : nom,
                    SecretsCompte.empreinte(motDePasse));
            crees.add(new MotDePasseUnique(login, motDePasse));
            evenements.add(Evenement.academie("COMPTE_CREE", "COMPTE", login, null, null, null,
                    Map.of("login", login, "role", "CHEF_ETABLISSEMENT", "uai", e.uai()), null));
        }
        journal.enregistrerTous(evenements);
        return crees;
    }

    private CompteVue lire(String login) {
        return comptes.vue(login).orElseThrow(() -> new CompteRefuseException("login", "compte inconnu : " + login));
    }

    private void journaliser(String action, String login, CompteVue avant, CompteVue apres) {
        journal.enregistrer(Evenement.academie(action, "COMPTE", login, null, null, avant, apres, null));
    }
}
