package fr.pacte.entrepot.exploration;

/** Reads the warehouse for the exploration: one query per pivot. */
public interface ExplorationRepository {

    /** The pivot's cells and the persons behind them, before the secret; the campaign is loaded. */
    Croisement croiser(Question question);
}
