package fr.pacte.securite.infrastructure;

import fr.pacte.commun.Page;
import fr.pacte.securite.Compte;
import fr.pacte.securite.CompteRepository;
import fr.pacte.securite.CompteVue;
import fr.pacte.securite.NouveauCompte;
import fr.pacte.securite.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class SqlCompteRepository implements CompteRepository {

    private static final String COLONNES = "login, role, departement_code, circonscription_code, uai, identifiant,"
            + " nom_affiche, courriel, actif, mot_de_passe_provisoire";

    /** The query that proves a role's scope exists. */
    private static final Map<Role, String> PERIMETRES = Map.of(
            Role.DASEN, "SELECT 1 FROM referentiel.departement WHERE code = ?1",
            Role.IEN, "SELECT 1 FROM referentiel.circonscription WHERE code = ?1",
            Role.CHEF_ETABLISSEMENT, "SELECT 1 FROM referentiel.etablissement WHERE uai = ?1",
            Role.PERSONNEL, "SELECT 1 FROM referentiel.personnel WHERE identifiant = ?1");

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public Compte trouver(String login) {
        return em.find(Compte.class, login);
    }

    @Override
    public String empreinteActive(String login) {
        List<?> lu = em.createNativeQuery("SELECT mot_de_passe FROM securite.compte WHERE login = ?1 AND actif")
                .setParameter(1, login).getResultList();
        return lu.isEmpty() ? null : (String) lu.get(0);
    }

    @Override
    public List<String> courriels(Role role, String departement, String uai) {
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

    @Override
    public Page<CompteVue> rechercher(String motif, int page, int taille) {
        String ou = " FROM securite.compte WHERE lower(login || ' ' || nom_affiche || ' ' || coalesce(uai, '')) LIKE ?1";
        long total = ((Number) em.createNativeQuery("SELECT count(*)" + ou).setParameter(1, motif).getSingleResult()).longValue();
        List<?> lignes = em.createNativeQuery("SELECT " + COLONNES + ou + " ORDER BY login").setParameter(1, motif)
                .setFirstResult(page * taille).setMaxResults(taille).getResultList();
        return new Page<>(lignes.stream().map(l -> vue((Object[]) l)).toList(), total, page, taille);
    }

    @Override
    public Optional<CompteVue> vue(String login) {
        List<?> r = em.createNativeQuery("SELECT " + COLONNES + " FROM securite.compte WHERE login = ?1")
                .setParameter(1, login).getResultList();
        return r.isEmpty() ? Optional.empty() : Optional.of(vue((Object[]) r.get(0)));
    }

    private static CompteVue vue(Object[] l) {
        return new CompteVue((String) l[0], (String) l[1], (String) l[2], (String) l[3], (String) l[4], (String) l[5],
                (String) l[6], (String) l[7], (Boolean) l[8], (Boolean) l[9]);
    }

    @Override
    public boolean existe(String login) {
        return !em.createNativeQuery("SELECT 1 FROM securite.compte WHERE login = ?1").setParameter(1, login)
                .getResultList().isEmpty();
    }

    @Override
    public boolean perimetreExiste(Role role, String valeur) {
        String sql = PERIMETRES.get(role);
        return sql == null || !em.createNativeQuery(sql).setParameter(1, valeur).getResultList().isEmpty();
    }

    @Override
    public String titulaire(String identifiant, String saufLogin) {
        List<?> titulaire = em.createNativeQuery("SELECT login FROM securite.compte WHERE identifiant = ?1"
                + " AND login <> coalesce(CAST(?2 AS varchar), '')").setParameter(1, identifiant).setParameter(2, saufLogin)
                .getResultList();
        return titulaire.isEmpty() ? null : (String) titulaire.get(0);
    }

    @Override
    public void inserer(String login, NouveauCompte c, String nom, String empreinte) {
        em.createNativeQuery("INSERT INTO securite.compte (login, mot_de_passe, role, departement_code, circonscription_code,"
                        + " uai, identifiant, nom_affiche, courriel, mot_de_passe_provisoire)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, true)")
                .setParameter(1, login).setParameter(2, empreinte)
                .setParameter(3, c.role().name()).setParameter(4, c.departement()).setParameter(5, c.circonscription())
                .setParameter(6, c.uai()).setParameter(7, c.identifiant()).setParameter(8, nom)
                .setParameter(9, c.courriel()).executeUpdate();
    }

    @Override
    public void modifier(String login, NouveauCompte c, String nom) {
        em.createNativeQuery("UPDATE securite.compte SET role = ?1, departement_code = ?2, circonscription_code = ?3,"
                        + " uai = ?4, identifiant = ?5, nom_affiche = ?6, courriel = ?7 WHERE login = ?8")
                .setParameter(1, c.role().name()).setParameter(2, c.departement()).setParameter(3, c.circonscription())
                .setParameter(4, c.uai()).setParameter(5, c.identifiant()).setParameter(6, nom)
                .setParameter(7, c.courriel()).setParameter(8, login).executeUpdate();
    }

    @Override
    public void activer(String login, boolean actif) {
        em.createNativeQuery("UPDATE securite.compte SET actif = ?1 WHERE login = ?2").setParameter(1, actif)
                .setParameter(2, login).executeUpdate();
    }

    @Override
    public void changerMotDePasse(String login, String empreinte, boolean provisoire) {
        em.createNativeQuery(provisoire
                        ? "UPDATE securite.compte SET mot_de_passe = ?1, mot_de_passe_provisoire = true WHERE login = ?2"
                        : "UPDATE securite.compte SET mot_de_passe = ?1, mot_de_passe_provisoire = false,"
                        + " mot_de_passe_change_le = now() WHERE login = ?2")
                .setParameter(1, empreinte).setParameter(2, login).executeUpdate();
    }

    @Override
    public List<EtablissementSansChef> etablissementsSansChef(String departement) {
        List<?> sans = em.createNativeQuery("""
                SELECT e.uai, e.nature, e.denomination_principale FROM referentiel.etablissement e
                 WHERE NOT EXISTS (SELECT 1 FROM securite.compte c WHERE c.uai = e.uai AND c.role = 'CHEF_ETABLISSEMENT')
                   AND NOT EXISTS (SELECT 1 FROM securite.compte c WHERE c.login = 'chef.' || lower(e.uai))
                   AND (CAST(?1 AS varchar) IS NULL OR e.departement_code = ?1)
                 ORDER BY e.uai""").setParameter(1, departement).getResultList();
        return sans.stream().map(l -> (Object[]) l)
                .map(e -> new EtablissementSansChef((String) e[0], (String) e[1], (String) e[2])).toList();
    }
}
