package fr.pacte.dotation.formule;

import fr.pacte.referentiel.Voie;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Result of a simulation: one proposition per établissement (sorted by UAI), totals and what is left per voie
 * and for IMP, and the warnings the rectorat must read before applying.
 */
public record Simulation(List<Proposition> propositions, Map<Voie, BigDecimal> totalParts, BigDecimal totalImp,
                         Map<Voie, BigDecimal> resteParts, BigDecimal resteImp, List<String> avertissements) {

    public Simulation {
        propositions = List.copyOf(propositions);
        totalParts = copie(totalParts);
        resteParts = copie(resteParts);
        avertissements = List.copyOf(avertissements);
    }

    private static Map<Voie, BigDecimal> copie(Map<Voie, BigDecimal> source) {
        EnumMap<Voie, BigDecimal> copie = new EnumMap<>(Voie.class);
        copie.putAll(source);
        return Collections.unmodifiableMap(copie);
    }
}
