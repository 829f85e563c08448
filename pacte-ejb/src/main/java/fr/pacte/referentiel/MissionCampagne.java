package fr.pacte.referentiel;

import java.io.Serializable;
/**
 * A mission as one campaign's catalogue holds it (table referentiel.mission_campagne), with, for an établissement,
 * the chef's adapted label and content when he wrote some. Seed 002: « présentées à titre indicatif et non exhaustif.
 * Leur contenu peut être adapté ».
 */
public record MissionCampagne(String anneeScolaire, String code, String dispositif, String voie, String libelle,
                              String contenu, Integer quantumHeures, boolean forfaitaire, String tauxImpReference,
                              boolean prioritaire, String bilanRemisA, String origine,
                              String libelleAdapte, String contenuAdapte) implements Serializable {

    /** What an établissement's documents print: the chef's wording if any, else the campaign's. */
    public String libelleImprime() {
        return libelleAdapte != null ? libelleAdapte : libelle;
    }
}
