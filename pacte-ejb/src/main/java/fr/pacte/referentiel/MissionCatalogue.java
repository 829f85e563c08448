package fr.pacte.referentiel;

import java.io.Serializable;
/**
 * A mission of the national catalogue (seeds 001, 002, 003), loaded from the reference CSV. Read-only: a record the
 * référentiel reads from {@code referentiel.mission_catalogue}, never an entity another module could change.
 *
 * @param quantumHeures hours of one part, null for a forfait or an IMP
 * @param bilanRemisA   who receives the bilan d'activité (seed 001)
 * @param source        the seed the mission comes from
 */
public record MissionCatalogue(String code, String dispositif, String voie, String libelle, Integer quantumHeures,
                               boolean forfaitaire, String tauxImpReference, boolean prioritaire, String bilanRemisA,
                               String source) implements Serializable {
}
