package fr.pacte.referentiel;

/** A mission the rectorat adds to the catalogue (origine ACADEMIQUE or LOCALE), or the new wording of one. */
public record NouvelleMission(String code, String dispositif, String voie, String libelle, String contenu,
                              Integer quantumHeures, boolean forfaitaire, String tauxImpReference, String bilanRemisA,
                              String origine) {
}
