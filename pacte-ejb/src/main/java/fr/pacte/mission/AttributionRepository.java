package fr.pacte.mission;

import java.math.BigDecimal;
import java.util.List;

public interface AttributionRepository {

    void ajouter(Attribution attribution);

    Attribution trouver(long id);

    /** The attribution locked until the end of the transaction (suivi changes queue on it), or null. */
    Attribution verrouiller(long id);

    /** Parts, IMP units (paid) and décharge hours already attributed in the établissement, active only. */
    BigDecimal[] consommation(String annee, String uai);

    BigDecimal partsDuPersonnel(String annee, String identifiant, String voie);

    List<AttributionVue> lister(String annee, String uai, int page, int taille);

    long compter(String annee, String uai);

    /** Active attributions of one personnel, every campaign and établissement. */
    List<AttributionVue> duPersonnel(String identifiant);
}
