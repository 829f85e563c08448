package fr.pacte.referentiel;

import java.util.List;

/** What the référentiel holds besides établissements, personnels and départements: the académie, the registry of
 * missions, the IMP rates, the circonscriptions and the journal of imports. */
public interface ReferentielRepository {

    /** The académie, or null while the référentiel is empty. */
    Academie academie();

    List<MissionCatalogue> missionsDuRegistre();

    List<TauxImp> tauxImp();

    /** The département of the circonscription, or null when unknown. */
    String departementDeCirconscription(String code);

    void ajouterCirconscription(String code, String libelle, String departement);

    void ajouter(JournalImportEntite journal);

    /** The latest imports, the most recent first. */
    List<JournalImportEntite> imports(int nombre);
}
