package fr.pacte.entrepot;

import java.util.List;
import java.util.Optional;

/** The warehouse queries behind the annual report: tables before the secret (persons counted in every cell). */
public interface StatistiquesRepository {

    List<String> campagnesChargees();

    /** Campaigns of the académie (référentiel), those a load may ask for. */
    List<String> campagnes();

    Optional<String> campagnePrecedente(String annee);

    /**
     * Every table of the report for a campaign but the evolution (T16), which {@link EvolutionPubliee} builds from the
     * published tables of N and N-1.
     */
    List<Grille> grilles(String annee, FiltreStatistiques filtre);

    /** The départements, natures and secteurs of the campaign's établissements: the slices of the secret. */
    SecretDesRapports.Valeurs valeurs(String annee);

    /**
     * The campaign's catalogue as T07 groups it: mission code → « dispositif – catégorie » (T07's row label), for the
     * mission tables' linked set.
     */
    java.util.Map<String, String> rangsT07(String annee);

    /** Changes whenever a unit of a load commits: masks computed before are stale. */
    long version();
}
