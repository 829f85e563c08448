package fr.pacte.referentiel;

import fr.pacte.securite.AccesRefuseException;
import fr.pacte.securite.Role;
import fr.pacte.securite.SecuriteService;
import fr.pacte.securite.Utilisateur;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@Stateless
@RolesAllowed({Role.R_RECTORAT, Role.R_DASEN, Role.R_CHEF, Role.R_ANALYSTE})
public class CatalogueServiceBean implements CatalogueService {

    private static final String COLONNES = """
            SELECT m.annee_scolaire, m.code, m.dispositif, m.voie, m.libelle, m.contenu, m.quantum_heures, m.forfaitaire,
                   m.taux_imp_reference, m.prioritaire, m.bilan_remis_a, m.origine, ad.libelle, ad.contenu
              FROM referentiel.mission_campagne m
              LEFT JOIN referentiel.mission_adaptation ad ON ad.annee_scolaire = m.annee_scolaire AND ad.code = m.code
                                                        AND ad.uai = :uai
             WHERE m.annee_scolaire = :annee""";

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Inject
    private SecuriteService securite;

    @Inject
    private ReferentielService referentiel;

    @Override
    public List<MissionCampagne> catalogue(String annee, String uai) {
        Utilisateur u = securite.utilisateurCourant();
        if (u.role() == Role.CHEF_ETABLISSEMENT) {
            if (uai != null && !uai.equals(u.uai())) {
                throw new AccesRefuseException("Hors de votre établissement : " + uai);
            }
            uai = u.uai();
        }
        campagne(annee);
        return lire(COLONNES + " ORDER BY m.dispositif DESC, m.voie, m.prioritaire DESC, m.code", annee, uai);
    }

    @Override
    @RolesAllowed(Role.R_RECTORAT)
    public MissionCampagne ajouter(String annee, NouvelleMission m) {
        campagne(annee);
        refuser(RegleCatalogue.verifier(m));
        if (em.createNativeQuery("SELECT 1 FROM referentiel.mission_catalogue WHERE code = ?1").setParameter(1, m.code())
                .getResultList().size() > 0) {
            throw new RegleCatalogueException("code : la mission " + m.code() + " est déjà au catalogue");
        }
        if (m.tauxImpReference() != null && referentiel.tauxImp().stream().noneMatch(t -> t.getCodeSts().equals(m.tauxImpReference()))) {
            throw new RegleCatalogueException("taux IMP de référence inconnu : " + m.tauxImpReference());
        }
        // the trigger mission_ajoutee (V21) puts it in this campaign and every later one
        em.createNativeQuery("""
                INSERT INTO referentiel.mission_catalogue (code, dispositif, voie, libelle, contenu, quantum_heures,
                       forfaitaire, taux_imp_reference, prioritaire, bilan_remis_a, source, origine, premiere_annee)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, false, ?9, ?10, ?11, ?12)""")
                .setParameter(1, m.code()).setParameter(2, m.dispositif()).setParameter(3, m.voie())
                .setParameter(4, m.libelle().strip()).setParameter(5, m.contenu()).setParameter(6, m.quantumHeures())
                .setParameter(7, m.forfaitaire()).setParameter(8, m.tauxImpReference()).setParameter(9, m.bilanRemisA())
                .setParameter(10, "rectorat " + securite.utilisateurCourant().login()).setParameter(11, m.origine())
                .setParameter(12, annee).executeUpdate();
        return une(annee, m.code(), null);
    }

    @Override
    @RolesAllowed(Role.R_RECTORAT)
    public MissionCampagne modifier(String annee, String code, NouvelleMission m) {
        campagne(annee);
        MissionCampagne avant = une(annee, code, null);
        if (m.libelle() == null || m.libelle().isBlank() || m.libelle().length() > 300) {
            throw new RegleCatalogueException("libellé : obligatoire, 300 caractères au plus");
        }
        if (m.contenu() != null && m.contenu().length() > 2000) {
            throw new RegleCatalogueException("contenu : 2000 caractères au plus");
        }
        String bilan = m.bilanRemisA() == null || m.bilanRemisA().isBlank() ? avant.bilanRemisA() : m.bilanRemisA().strip();
        // from this campaign onwards only: the earlier campaigns, their letters and consolidations keep their words
        em.createNativeQuery("""
                UPDATE referentiel.mission_campagne SET libelle = ?1, contenu = ?2, bilan_remis_a = ?3
                 WHERE code = ?4 AND annee_scolaire >= ?5""")
                .setParameter(1, m.libelle().strip()).setParameter(2, m.contenu()).setParameter(3, bilan)
                .setParameter(4, code).setParameter(5, annee).executeUpdate();
        // the registry holds the current wording (campaigns created later copy the previous campaign's anyway)
        em.createNativeQuery("""
                UPDATE referentiel.mission_catalogue SET libelle = ?1, contenu = ?2, bilan_remis_a = ?3
                 WHERE code = ?4""")
                .setParameter(1, m.libelle().strip()).setParameter(2, m.contenu()).setParameter(3, bilan)
                .setParameter(4, code).executeUpdate();
        return une(annee, code, null);
    }

    @Override
    @RolesAllowed(Role.R_CHEF)
    public MissionCampagne adapter(String annee, String uai, String code, String libelle, String contenu) {
        Utilisateur u = securite.utilisateurCourant();
        if (uai == null || !uai.equals(u.uai())) {
            throw new AccesRefuseException("Vous n'adaptez les missions que de votre établissement (" + u.uai() + ").");
        }
        campagne(annee);
        une(annee, code, null);
        if (libelle == null || libelle.isBlank()) {
            em.createNativeQuery("DELETE FROM referentiel.mission_adaptation WHERE annee_scolaire = ?1 AND uai = ?2 AND code = ?3")
                    .setParameter(1, annee).setParameter(2, uai).setParameter(3, code).executeUpdate();
            return une(annee, code, uai);
        }
        if (libelle.length() > 300 || (contenu != null && contenu.length() > 2000)) {
            throw new RegleCatalogueException("libellé adapté : 300 caractères au plus ; contenu adapté : 2000 au plus");
        }
        em.createNativeQuery("""
                INSERT INTO referentiel.mission_adaptation (annee_scolaire, uai, code, libelle, contenu, auteur)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (annee_scolaire, uai, code) DO UPDATE
                   SET libelle = excluded.libelle, contenu = excluded.contenu, auteur = excluded.auteur, modifie_le = now()""")
                .setParameter(1, annee).setParameter(2, uai).setParameter(3, code).setParameter(4, libelle.strip())
                .setParameter(5, contenu == null || contenu.isBlank() ? null : contenu.strip())
                .setParameter(6, u.login()).executeUpdate();
        return une(annee, code, uai);
    }

    @Override
    public boolean auCatalogue(String annee, String code) {
        return !em.createNativeQuery("SELECT 1 FROM referentiel.mission_campagne WHERE annee_scolaire = ?1 AND code = ?2")
                .setParameter(1, annee).setParameter(2, code).getResultList().isEmpty();
    }

    private void campagne(String annee) {
        if (!RegleCatalogue.annee(annee)) {
            throw new RegleCatalogueException("annee : une année de campagne s'écrit 2161-2162 : " + annee);
        }
        referentiel.campagne(annee);
    }

    private MissionCampagne une(String annee, String code, String uai) {
        List<MissionCampagne> l = lire(COLONNES + " AND m.code = :code", annee, uai, code);
        if (l.isEmpty()) {
            throw new RegleCatalogueException("la mission " + code + " n'est pas au catalogue " + annee);
        }
        return l.get(0);
    }

    private static void refuser(List<String> erreurs) {
        if (!erreurs.isEmpty()) {
            throw new RegleCatalogueException(String.join(" ; ", erreurs));
        }
    }

    @SuppressWarnings("unchecked")
    private List<MissionCampagne> lire(String sql, String annee, String uai, String... code) {
        var q = em.createNativeQuery(sql).setParameter("annee", annee).setParameter("uai", uai == null ? "" : uai);
        if (code.length > 0) {
            q.setParameter("code", code[0]);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new MissionCampagne((String) r[0], (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], r[6] == null ? null : ((Number) r[6]).intValue(),
                (Boolean) r[7], (String) r[8], (Boolean) r[9], (String) r[10], (String) r[11], (String) r[12],
                (String) r[13])).toList();
    }
}
