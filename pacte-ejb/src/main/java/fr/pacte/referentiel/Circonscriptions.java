package fr.pacte.referentiel;

import fr.pacte.commun.tableur.ErreurImport;
import fr.pacte.commun.tableur.ImportRefuseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The circonscriptions of the premier degré: created by the établissements import when an école names one. */
@ApplicationScoped
public class Circonscriptions {

    @PersistenceContext(unitName = "pacte")
    private EntityManager em;

    /** Creates the circonscription if unknown; refuses a code already used in another département. */
    public void assurer(String code, String departement, int ligne) {
        if (code == null) {
            return;
        }
        List<?> existant = em.createNativeQuery(
                "SELECT departement_code FROM referentiel.circonscription WHERE code = ?1").setParameter(1, code)
                .getResultList();
        if (existant.isEmpty()) {
            em.createNativeQuery("INSERT INTO referentiel.circonscription (code, libelle, departement_code) "
                    + "VALUES (?1, ?2, ?3)").setParameter(1, code).setParameter(2, "Circonscription " + code)
                    .setParameter(3, departement).executeUpdate();
        } else if (!existant.get(0).equals(departement)) {
            throw new ImportRefuseException(List.of(new ErreurImport(ligne, "circonscription", "circonscription "
                    + code + " du département " + existant.get(0) + ", pas du département " + departement)));
        }
    }
}
