package fr.pacte.securite;

import fr.pacte.commun.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.mindrot.jbcrypt.BCrypt;

import java.security.SecureRandom;
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

    private static final String CARACTERES = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom ALEA = new SecureRandom();
    private static final String COLONNES = "login, role, departement_code, circonscription_code, uai, identifiant,"
            + " nom_affiche, courriel, actif, mot_de_passe_provisoire";

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

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
        String ou = " FROM securite.compte WHERE lower(login || ' ' || nom_affiche || ' ' || coalesce(uai, '')) LIKE ?1";
        long total = ((Number) em.createNativeQuery("SELECT count(*)" + ou).setParameter(1, motif).getSingleResult()).longValue();
        List<?> lignes = em.createNativeQuery("SELECT " + COLONNES + ou + " ORDER BY login").setParameter(1, motif)
                .setFirstResult(page * taille).setMaxResults(taille).getResultList();
        return new Page<>(lignes.stream().map(l -> vue((Object[]) l)).toList(), total, page, taille);
    }

    @Override
    public MotDePasseUnique creer(NouveauCompte c) {
        String login = ReglesCompte.login(c.login());
        regles.libre(login);
        regles.perimetre(c, null);
        ReglesCompte.textes(c);
        String motDePasse = provisoire();
        MotDePasseUnique cree = inserer(login, c, motDePasse, empreinte(motDePasse));
        journaliser("COMPTE_CREE", login, null, lire(login));
        return cree;
    }

    @Override
    public ImportComptes importer(String nomFichier, byte[] contenu) {
        return fichier.importer(this, nomFichier, contenu);
    }

    /** Writes an account already checked by {@link ReglesCompte}, with a one-time password and its hash. */
    MotDePasseUnique inserer(String login, NouveauCompte c, String motDePasse, String empreinte) {
        em.createNativeQuery("INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, circonscription_code,"
                        + " uai, identifiant, nom_affiche, courriel, mot_de_passe_provisoire)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, true)")
                .setParameter(1, login).setParameter(2, empreinte)
                .setParameter(3, c.role().name()).setParameter(4, c.departement()).setParameter(5, c.circonscription())
                .setParameter(6, c.uai()).setParameter(7, c.identifiant()).setParameter(8, nom(login, c))
                .setParameter(9, c.courriel()).executeUpdate();
        return new MotDePasseUnique(login, motDePasse);
    }

    @Override
    public CompteVue modifier(String login, NouveauCompte c) {
        CompteVue avant = lire(login);
        regles.perimetre(c, login);
        ReglesCompte.textes(c);
        em.createNativeQuery("UPDATE securite.compte SET role = ?1, departement_code = ?2, circonscription_code = ?3,"
                        + " uai = ?4, identifiant = ?5, nom_affiche = ?6, courriel = ?7 WHERE login = ?8")
                .setParameter(1, c.role().name()).setParameter(2, c.departement()).setParameter(3, c.circonscription())
                .setParameter(4, c.uai()).setParameter(5, c.identifiant()).setParameter(6, nom(login, c))
                .setParameter(7, c.courriel()).setParameter(8, login).executeUpdate();
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
        em.createNativeQuery("UPDATE securite.compte SET actif = ?1 WHERE login = ?2").setParameter(1, actif)
                .setParameter(2, login).executeUpdate();
        CompteVue apres = lire(login);
        journaliser(actif ? "COMPTE_ACTIVE" : "COMPTE_DESACTIVE", login, avant, apres);
        return apres;
    }

    @Override
    public MotDePasseUnique reinitialiser(String login) {
        CompteVue avant = lire(login);
        String motDePasse = provisoire();
        em.createNativeQuery("UPDATE securite.compte SET mot_de_passe = ?1, mot_de_passe_provisoire = true WHERE login = ?2")
                .setParameter(1, empreinte(motDePasse)).setParameter(2, login).executeUpdate();
        journaliser("MOT_DE_PASSE_REINITIALISE", login, avant, lire(login));
        return new MotDePasseUnique(login, motDePasse);
    }

    @Override
    public List<MotDePasseUnique> creerComptesDesChefs(String departement) {
        List<?> sans = em.createNativeQuery("""
                SELECT e.uai, e.nature, e.denomination_principale FROM referentiel.etablissement e
                 WHERE NOT EXISTS (SELECT 1 FROM securite.compte c WHERE c.uai = e.uai AND c.role = 'CHEF_ETABLISSEMENT')
                   AND NOT EXISTS (SELECT 1 FROM securite.compte c WHERE c.login = 'chef.' || lower(e.uai))
                   AND (CAST(?1 AS varchar) IS NULL OR e.departement_code = ?1)
                 ORDER BY e.uai""").setParameter(1, departement).getResultList();
        // the query already says each UAI exists and each login is free: one insert per account, one journal batch,
        // rather than the single creation's checks and re-reads for each of up to 1 500 établissements
        List<MotDePasseUnique> crees = new ArrayList<>();
        List<Evenement> evenements = new ArrayList<>();
        Query insertion = em.createNativeQuery("INSERT INTO securite.compte (login, mot_de_passe, role, uai, nom_affiche,"
                + " mot_de_passe_provisoire) VALUES (?1, ?2, 'CHEF_ETABLISSEMENT', ?3, ?4, true)");
        for (Object ligne : sans) {
            Object[] e = (Object[]) ligne;
            String uai = (String) e[0];
            String login = "chef." + uai.toLowerCase(Locale.ROOT);
            String motDePasse = provisoire();
            String nom = ("ECOLE".equals(e[1]) ? "Direction de " : "Chef d'établissement de ") + e[2];
            insertion.setParameter(1, login).setParameter(2, empreinte(motDePasse))
                    .setParameter(3, uai).setParameter(4, nom.length() > 120 ? nom.substring(0, 120) : nom).executeUpdate();
            crees.add(new MotDePasseUnique(login, motDePasse));
            evenements.add(Evenement.academie("COMPTE_CREE", "COMPTE", login, null, null, null,
                    Map.of("login", login, "role", "CHEF_ETABLISSEMENT", "uai", uai), null));
        }
        journal.enregistrerTous(evenements);
        return crees;
    }

    private CompteVue lire(String login) {
        Query q = em.createNativeQuery("SELECT " + COLONNES + " FROM securite.compte WHERE login = ?1").setParameter(1, login);
        List<?> r = q.getResultList();
        if (r.isEmpty()) {
            throw new CompteRefuseException("login", "compte inconnu : " + login);
        }
        return vue((Object[]) r.get(0));
    }

    private static CompteVue vue(Object[] l) {
        return new CompteVue((String) l[0], (String) l[1], (String) l[2], (String) l[3], (String) l[4], (String) l[5],
                (String) l[6], (String) l[7], (Boolean) l[8], (Boolean) l[9]);
    }

    private static String nom(String login, NouveauCompte c) {
        return c.nomAffiche() == null || c.nomAffiche().isBlank() ? login : c.nomAffiche().strip();
    }

    private void journaliser(String action, String login, CompteVue avant, CompteVue apres) {
        journal.enregistrer(Evenement.academie(action, "COMPTE", login, null, null, avant, apres, null));
    }

    /** The bcrypt hash the realm checks (modular crypt form), the costly part of a creation. */
    static String empreinte(String motDePasse) {
        return BCrypt.hashpw(motDePasse, BCrypt.gensalt(10));
    }

    /** 16 characters out of 55 (no 0/O, 1/l/I), a dash in the middle: about 92 bits. */
    static String provisoire() {
        char[] s = new char[17];
        for (int i = 0; i < s.length; i++) {
            s[i] = i == 8 ? '-' : CARACTERES.charAt(ALEA.nextInt(CARACTERES.length()));
        }
        return new String(s);
    }
}
