-- The ETL's unit of a département reads a closed year's personnels from their snapshot by établissement
-- (SqlChargement.PERSONNELS_DU_DEPARTEMENT): without an index each of the 96 units read the whole year's snapshot,
-- as it read the whole personnel table before the filter (personnel_affectation serves an open year).
CREATE INDEX personnel_annee_affectation ON referentiel.personnel_annee (annee_scolaire, uai_affectation);
