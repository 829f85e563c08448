package fr.pacte.entrepot;

import java.util.List;

/**
 * Facade of the entrepot module, for analysts (and the rectorat): load the warehouse, follow the loads, read the
 * annual report's tables — always masked, never a name.
 */
public interface EntrepotService {

    /** Starts a load of the given campaigns (empty: every campaign); {@code pauseMs} after each unit (0 normally). */
    Chargement charger(List<String> annees, long pauseMs);

    /** Restarts a stopped, failed or crashed load from its last checkpoint. */
    Chargement reprendre(long id);

    /** Asks a running load to stop after its current unit. */
    Chargement arreter(long id);

    Chargement chargement(long id);

    List<Chargement> chargements();

    /** Campaigns of the académie, those the analyst may load. */
    List<String> campagnes();

    List<String> campagnesChargees();

    /** Threshold of the statistical secret (server setting {@code pacte.secret.seuil}, 5 by default). */
    int seuil();

    RapportStatistique rapport(String annee, FiltreStatistiques filtre);

    void journaliserEdition(RapportStatistique rapport, String format, long dureeMs);

    List<Edition> editions();
}
