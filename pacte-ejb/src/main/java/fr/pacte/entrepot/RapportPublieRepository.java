package fr.pacte.entrepot;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The published (masked) versions of a campaign's report, stored once per load (issue 19, point 3). */
public interface RapportPublieRepository {

    Optional<List<TableauStatistique>> trouver(String annee, FiltreStatistiques filtre, int seuil, long version);

    /**
     * Stores every version of one population in one transaction and removes those of earlier warehouse states; a
     * version another node stored meanwhile is kept (same content: the computation is deterministic).
     */
    void enregistrer(String annee, int seuil, long version, Map<FiltreStatistiques, List<TableauStatistique>> versions);
}
