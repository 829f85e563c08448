package fr.pacte.attribution;

import java.math.BigDecimal;
import java.util.List;

public interface AttributionRepository {

    /** @return false when PostgreSQL's natural key (V13) refused it: an identical one was just written concurrently */
    boolean ajouter(Attribution attribution);

    /** The active attribution with the natural key of this one (personnel, établissement, campaign, mission, dispositif, modality, dates), or null. */
    Attribution memeCle(NouvelleAttribution a);

    Attribution trouver(long id);

    /** The attribution locked until the end of the transaction (suivi changes queue on it), or null. */
    Attribution verrouiller(long id);

    /** Writes the pending changes now, so that the amount PostgreSQL recomputes (V25) is read back into them. */
    void synchroniser();

    /** Parts, IMP units (paid) and décharge hours taken from the établissement's envelope, active only (académique IMP are not). */
    BigDecimal[] consommation(String annee, String uai);

    BigDecimal partsDuPersonnel(String annee, String identifiant, String voie);

    /** The person's active Pacte parts this campaign, every voie and établissement (the per-person cap). */
    BigDecimal partsDuPersonnel(String annee, String identifiant);

    /** The person's corps and the nature of his affectation's établissement ({null, null} if unknown). */
    String[] corpsEtNatureAffectation(String identifiant);

    List<AttributionVue> lister(String annee, String uai, int page, int taille);

    long compter(String annee, String uai);

    /** The académie-level IMP of a campaign (voie ACADEMIQUE), cancelled ones included, by id. */
    List<AttributionVue> academiques(String annee);

    /** Active attributions of one personnel, every campaign and établissement. */
    List<AttributionVue> duPersonnel(String identifiant);
}
