package fr.pacte.referentiel.infrastructure;

import java.math.BigDecimal;
import fr.pacte.referentiel.Academie;
import fr.pacte.referentiel.JournalImportEntite;
import fr.pacte.referentiel.MissionCatalogue;
import fr.pacte.referentiel.ReferentielRepository;
import fr.pacte.referentiel.TauxImp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@ApplicationScoped
public class JpaReferentielRepository implements ReferentielRepository {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    @Override
    public Academie academie() {
        List<?> lignes = em.createNativeQuery("SELECT code, libelle FROM referentiel.academie").getResultList();
        return lignes.stream().map(o -> (Object[]) o).map(l -> new Academie((String) l[0], (String) l[1]))
                .findFirst().orElse(null);
    }

    @Override
    public List<MissionCatalogue> missionsDuRegistre() {
        List<?> lignes = em.createNativeQuery("""
                SELECT code, dispositif, voie, libelle, quantum_heures, forfaitaire, taux_imp_reference, prioritaire,
                       bilan_remis_a, source
                  FROM referentiel.mission_catalogue ORDER BY dispositif DESC, voie, prioritaire DESC, code""").getResultList();
        return lignes.stream().map(o -> (Object[]) o).map(l -> new MissionCatalogue((String) l[0], (String) l[1],
                (String) l[2], (String) l[3], l[4] == null ? null : ((Number) l[4]).intValue(), (Boolean) l[5],
                (String) l[6], (Boolean) l[7], (String) l[8], (String) l[9])).toList();
    }

    @Override
    public List<TauxImp> tauxImp() {
        List<?> lignes = em.createNativeQuery(
                "SELECT code_sts, libelle, coefficient, montant_annuel FROM referentiel.taux_imp ORDER BY code_sts").getResultList();
        return lignes.stream().map(o -> (Object[]) o).map(l -> new TauxImp((String) l[0], (String) l[1],
                (BigDecimal) l[2], (BigDecimal) l[3])).toList();
    }

    @Override
    public String departementDeCirconscription(String code) {
        List<?> lus = em.createNativeQuery("SELECT departement_code FROM referentiel.circonscription WHERE code = ?1")
                .setParameter(1, code).getResultList();
        return lus.isEmpty() ? null : (String) lus.get(0);
    }

    @Override
    public void ajouterCirconscription(String code, String libelle, String departement) {
        em.createNativeQuery("INSERT INTO referentiel.circonscription (code, libelle, departement_code) VALUES (?1, ?2, ?3)")
                .setParameter(1, code).setParameter(2, libelle).setParameter(3, departement).executeUpdate();
    }

    @Override
    public void ajouter(JournalImportEntite journal) {
        em.persist(journal);
    }

    @Override
    public List<JournalImportEntite> imports(int nombre) {
        return em.createQuery("SELECT j FROM JournalImport j ORDER BY j.dateImport DESC, j.id DESC", JournalImportEntite.class)
                .setMaxResults(nombre).getResultList();
    }
}
