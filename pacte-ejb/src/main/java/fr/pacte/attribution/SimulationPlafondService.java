package fr.pacte.attribution;

/** Facade of the cap what-if of the rectorat's home page ({@link SimulationPlafond}); rectorat only. */
public interface SimulationPlafondService {

    /** The campaign's current cap outside the voie professionnelle against {@code plafondEnvisage}. */
    SimulationPlafond.Resultat simuler(String annee, int plafondEnvisage);
}
