package fr.pacte.referentiel.infrastructure;

import fr.pacte.referentiel.CatalogueRepository;
import fr.pacte.referentiel.MissionCampagne;
import fr.pacte.referentiel.NouvelleMission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SqlCatalogueRepository implements CatalogueRepository {

    private static final String COLONNES = """
            SELECT m.annee_scolaire, m.code, m.dispositif, m.voie, m.libelle, m.contenu, m.quantum_heures, m.forfaitaire,
                   m.taux_imp_reference, m.prioritaire, m.bilan_remis_a, m.origine, ad.libelle, ad.contenu
              FROM referentiel.mission_campagne m
              LEFT JOIN referentiel.mission_adaptation ad ON ad.annee_scolaire = m.annee_scolaire AND ad.code = m.code
                                                        AND ad.uai = :uai
             WHERE m.annee_scolaire = :annee""";

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public List<MissionCampagne> missions(String annee, String uai) {
        return lire(COLONNES + " ORDER BY m.dispositif DESC, m.voie, m.prioritaire DESC, m.code", annee, uai);
    }

    @Override
    public Optional<MissionCampagne> mission(String annee, String code, String uai) {
        return lire(COLONNES + " AND m.code = :code", annee, uai, code).stream().findFirst();
    }

    @Override
    public boolean existe(String code) {
        return !em.createNativeQuery("SELECT 1 FROM referentiel.mission_catalogue WHERE code = ?1").setParameter(1, code)
                .getResultList().isEmpty();
    }

    @Override
    public boolean auCatalogue(String annee, String code) {
        return !em.createNativeQuery("SELECT 1 FROM referentiel.mission_campagne WHERE annee_scolaire = ?1 AND code = ?2")
                .setParameter(1, annee).setParameter(2, code).getResultList().isEmpty();
    }

    @Override
    public void ajouter(String annee, NouvelleMission m, String source) {
        // the trigger mission_ajoutee (V21) puts it in this campaign and every later one
        em.createNativeQuery("""
                INSERT INTO referentiel.mission_catalogue (code, dispositif, voie, libelle, contenu, quantum_heures,
                       forfaitaire, taux_imp_reference, prioritaire, bilan_remis_a, source, origine, premiere_annee)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, false, ?9, ?10, ?11, ?12)""")
                .setParameter(1, m.code()).setParameter(2, m.dispositif()).setParameter(3, m.voie())
                .setParameter(4, m.libelle().strip()).setParameter(5, m.contenu()).setParameter(6, m.quantumHeures())
                .setParameter(7, m.forfaitaire()).setParameter(8, m.tauxImpReference()).setParameter(9, m.bilanRemisA())
                .setParameter(10, source).setParameter(11, m.origine()).setParameter(12, annee).executeUpdate();
    }

    @Override
    public void modifierTexte(String annee, String code, String libelle, String contenu, String bilanRemisA) {
        em.createNativeQuery("""
                UPDATE referentiel.mission_campagne SET libelle = ?1, contenu = ?2, bilan_remis_a = ?3
                 WHERE code = ?4 AND annee_scolaire >= ?5""")
                .setParameter(1, libelle).setParameter(2, contenu).setParameter(3, bilanRemisA)
                .setParameter(4, code).setParameter(5, annee).executeUpdate();
        // the registry holds the current wording (campaigns created later copy the previous campaign's anyway)
        em.createNativeQuery("""
                UPDATE referentiel.mission_catalogue SET libelle = ?1, contenu = ?2, bilan_remis_a = ?3
                 WHERE code = ?4""")
                .setParameter(1, libelle).setParameter(2, contenu).setParameter(3, bilanRemisA)
                .setParameter(4, code).executeUpdate();
    }

    @Override
    public void adapter(String annee, String uai, String code, String libelle, String contenu, String auteur) {
        em.createNativeQuery("""
                INSERT INTO referentiel.mission_adaptation (annee_scolaire, uai, code, libelle, contenu, auteur)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (annee_scolaire, uai, code) DO UPDATE
                   SET libelle = excluded.libelle, contenu = excluded.contenu, auteur = excluded.auteur, modifie_le = now()""")
                .setParameter(1, annee).setParameter(2, uai).setParameter(3, code).setParameter(4, libelle)
                .setParameter(5, contenu).setParameter(6, auteur).executeUpdate();
    }

    @Override
    public void supprimerAdaptation(String annee, String uai, String code) {
        em.createNativeQuery("DELETE FROM referentiel.mission_adaptation WHERE annee_scolaire = ?1 AND uai = ?2 AND code = ?3")
                .setParameter(1, annee).setParameter(2, uai).setParameter(3, code).executeUpdate();
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
