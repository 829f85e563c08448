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
import java.util.regex.Pattern;

/**
 * Accounts written in SQL: the entity {@link Compte} maps no password hash. The database holds the role/scope
 * coherence too (checks of V1, V6, V19); the rules here say which field is wrong before it refuses.
 */
@Stateless
@RolesAllowed(Role.R_RECTORAT)
public class GestionComptesServiceBean implements GestionComptesService {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
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
        String login = c.login() == null ? "" : c.login().strip().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(login).matches()) {
            throw new CompteRefuseException("login", "identifiant « " + c.login() + " » invalide : 3 à 60 minuscules,"
                    + " chiffres, points, tirets");
        }
        if (existe(login)) {
            throw new CompteRefuseException("login", "le compte " + login + " existe déjà");
        }
        verifierPerimetre(c);
        String motDePasse = provisoire();
        em.createNativeQuery("INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, circonscription_code,"
                        + " uai, identifiant, nom_affiche, courriel, mot_de_passe_provisoire)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, true)")
                .setParameter(1, login).setParameter(2, BCrypt.hashpw(motDePasse, BCrypt.gensalt(10)))
                .setParameter(3, c.role().name()).setParameter(4, c.departement()).setParameter(5, c.circonscription())
                .setParameter(6, c.uai()).setParameter(7, c.identifiant()).setParameter(8, nom(c))
                .setParameter(9, c.courriel()).executeUpdate();
        journaliser("COMPTE_CREE", login, null, lire(login));
        return new MotDePasseUnique(login, motDePasse);
    }

    @Override
    public CompteVue modifier(String login, NouveauCompte c) {
        CompteVue avant = lire(login);
        verifierPerimetre(c);
        em.createNativeQuery("UPDATE securite.compte SET role = ?1, departement_code = ?2, circonscription_code = ?3,"
                        + " uai = ?4, identifiant = ?5, nom_affiche = ?6, courriel = ?7 WHERE login = ?8")
                .setParameter(1, c.role().name()).setParameter(2, c.departement()).setParameter(3, c.circonscription())
                .setParameter(4, c.uai()).setParameter(5, c.identifiant()).setParameter(6, nom(c))
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
                .setParameter(1, BCrypt.hashpw(motDePasse, BCrypt.gensalt(10))).setParameter(2, login).executeUpdate();
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
            insertion.setParameter(1, login).setParameter(2, BCrypt.hashpw(motDePasse, BCrypt.gensalt(10)))
                    .setParameter(3, uai).setParameter(4, nom.length() > 120 ? nom.substring(0, 120) : nom).executeUpdate();
            crees.add(new MotDePasseUnique(login, motDePasse));
            evenements.add(Evenement.academie("COMPTE_CREE", "COMPTE", login, null, null, null,
                    Map.of("login", login, "role", "CHEF_ETABLISSEMENT", "uai", uai), null));
        }
        journal.enregistrerTous(evenements);
        return crees;
    }

    private void verifierPerimetre(NouveauCompte c) {
        if (c.role() == null) {
            throw new CompteRefuseException("role", "rôle obligatoire");
        }
        Map<Role, String[]> exige = Map.of(Role.DASEN, new String[]{"departement", c.departement(),
                        "SELECT 1 FROM referentiel.departement WHERE code = ?1"},
                Role.IEN, new String[]{"circonscription", c.circonscription(),
                        "SELECT 1 FROM referentiel.circonscription WHERE code = ?1"},
                Role.CHEF_ETABLISSEMENT, new String[]{"uai", c.uai(), "SELECT 1 FROM referentiel.etablissement WHERE uai = ?1"},
                Role.PERSONNEL, new String[]{"identifiant", c.identifiant(),
                        "SELECT 1 FROM referentiel.personnel WHERE identifiant = ?1"});
        String[] champ = exige.get(c.role());
        long renseignes = java.util.stream.Stream.of(c.departement(), c.circonscription(), c.uai(), c.identifiant())
                .filter(v -> v != null && !v.isBlank()).count();
        if (champ == null ? renseignes > 0 : renseignes != 1 || champ[1] == null || champ[1].isBlank()) {
            throw new CompteRefuseException(champ == null ? "role" : champ[0], champ == null
                    ? "le rôle " + c.role() + " n'a pas de périmètre : ni département, ni circonscription, ni UAI, ni identifiant"
                    : "le rôle " + c.role() + " demande un " + champ[0] + ", et lui seul");
        }
        if (champ != null && em.createNativeQuery(champ[2]).setParameter(1, champ[1]).getResultList().isEmpty()) {
            throw new CompteRefuseException(champ[0], champ[0] + " inconnu : " + champ[1]);
        }
    }

    private boolean existe(String login) {
        return !em.createNativeQuery("SELECT 1 FROM securite.compte WHERE login = ?1").setParameter(1, login)
                .getResultList().isEmpty();
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

    private static String nom(NouveauCompte c) {
        return c.nomAffiche() == null || c.nomAffiche().isBlank() ? c.login() : c.nomAffiche().strip();
    }

    private void journaliser(String action, String login, CompteVue avant, CompteVue apres) {
        journal.enregistrer(Evenement.academie(action, "COMPTE", login, null, null, avant, apres, null));
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
