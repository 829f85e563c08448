package fr.pacte.entrepot.chargement;

import java.util.List;

/** The units of a warehouse load and its progress, as the batch job reads and writes them (JDBC in infrastructure). */
public interface UnitesRepository {

    /** The units to load for these campaigns (all when empty), their number recorded on the load. */
    List<Unite> unites(long chargement, List<String> annees);

    /** Loads one unit into the star schema, journals it with its duration and counts it done. */
    void charger(long chargement, long execution, Unite unite);

    /** The load's final state and its message (null when it completed). */
    void terminer(long chargement, String statut, String message);
}
